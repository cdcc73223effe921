/** <price-history-chart>: draws the profile's price-history chart (chart.js, lazily) when it nears the viewport. */
import { mountPriceChart } from "./mount-price-chart";
import { whenNearViewport } from "./when-visible";

class PriceHistoryChart extends HTMLElement {
  async connectedCallback() {
    await whenNearViewport(this);
    const data = JSON.parse(this.querySelector("script[type='application/json']")!.textContent!);
    await mountPriceChart(this.querySelector("canvas")!, data);
    this.setAttribute("data-ready", "");
  }
}
customElements.define("price-history-chart", PriceHistoryChart);
