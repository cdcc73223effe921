/**
 * <price-history-chart>: the profile's price-history chart. Its controls are server-rendered (the
 * price to chart, one checkbox per provider, a filter for long lists); chart.js is fetched only when
 * the chart nears the viewport. Each checkbox's swatch holds the line's colour as a CSS value.
 */
import type { ChartLine, ChartView } from "~/shared/chart-scale";
import { whenNearViewport } from "./when-visible";

class PriceHistoryChart extends HTMLElement {
  async connectedCallback() {
    this.wireFilter();
    await whenNearViewport(this);
    const data = JSON.parse(this.querySelector("script[type='application/json']")!.textContent!) as {
      today: string;
      lines: ChartLine[];
      unitAxis?: string;
    };
    const colors = new Map(
      [...this.querySelectorAll<HTMLElement>("[data-line]")].map((s) => [
        s.dataset.line!,
        getComputedStyle(s).backgroundColor,
      ]),
    );
    const { drawHistoryChart } = await import("./draw-history-chart");
    const chart = await drawHistoryChart(this.querySelector("canvas")!, data, colors);
    const scale = this.querySelector<HTMLElement>("[data-scale]");
    const redraw = () => {
      const view = (this.querySelector<HTMLInputElement>(".views input:checked")?.value ?? "input") as ChartView;
      const shown = new Set(
        [...this.querySelectorAll<HTMLInputElement>(".lines input[type=checkbox]:checked")].map((c) => c.value),
      );
      const { log, freeHidden } = chart.update(view, shown);
      if (scale)
        scale.textContent =
          shown.size === 0
            ? "Tick a provider below to draw its line."
            : `${log ? "Log scale" : ""}${freeHidden ? ": free prices are not drawn (see the tables)" : ""}`;
      const count = this.querySelector(".lines legend .muted");
      if (count) count.textContent = `(${shown.size} of ${data.lines.length})`;
    };
    this.addEventListener("change", (e) => {
      if ((e.target as HTMLElement).matches(".views input, .lines input[type=checkbox]")) redraw();
    });
    redraw();
    this.setAttribute("data-ready", "");
  }

  /** Typing in the filter hides the providers whose name does not contain the text (their lines stay as ticked). */
  private wireFilter() {
    const filter = this.querySelector<HTMLInputElement>("[data-filter]");
    filter?.addEventListener("input", () => {
      const q = filter.value.trim().toLowerCase();
      for (const li of this.querySelectorAll<HTMLElement>(".lines li"))
        li.hidden = !!q && !li.dataset.name!.includes(q);
    });
  }
}
customElements.define("price-history-chart", PriceHistoryChart);
