/** <value-chart>: draws the price-against-score chart (chart.js, lazily) when it nears the viewport. */
import { whenNearViewport } from "./when-visible";

class ValueChart extends HTMLElement {
  async connectedCallback() {
    await whenNearViewport(this);
    const { mountValueChart } = await import("./mount-value-chart");
    mountValueChart(
      this.querySelector("canvas")!,
      JSON.parse(this.querySelector("script[type='application/json']")!.textContent!),
    );
    this.setAttribute("data-ready", "");
  }
}
customElements.define("value-chart", ValueChart);
