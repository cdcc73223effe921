/**
 * <workload-calculator>: recomputes the calculator's table (`calculatorBodyHtml`, the same renderer
 * the server used) when the workload changes or a column is sorted. The compare page fills its rows
 * from script (`setRows`).
 */
import type { Workload } from "~/shared/pricing";
import {
  calculatorBodyHtml,
  calculatorResults,
  DEFAULT_SORT,
  WORKLOAD_PARAMS,
  workloadFromParams,
  workloadParams,
  type CalculatorRow,
  type CalculatorSort,
  type CalculatorSortKey,
} from "~/shared/workload-table";

class WorkloadCalculator extends HTMLElement {
  rows: CalculatorRow[] = [];
  sort: CalculatorSort = DEFAULT_SORT;

  connectedCallback() {
    this.rows = JSON.parse(this.querySelector("script[type='application/json']")!.textContent!);
    // With data-url, the workload lives in the page's URL (?in=10000&perDay=500), so a link reproduces it.
    const inUrl = this.hasAttribute("data-url");
    if (inUrl) this.readUrl();
    this.querySelector("form")!.addEventListener("input", () => {
      if (inUrl) this.writeUrl();
      this.render();
    });
    this.querySelector("thead")!.addEventListener("click", (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-sort]");
      if (!button) return;
      const key = button.dataset.sort as CalculatorSortKey;
      this.sort = { key, dir: this.sort.key === key ? (-this.sort.dir as 1 | -1) : 1 };
      this.render();
    });
  }

  /** Replaces the rows (the compare page calls this once its models are loaded). */
  setRows(rows: CalculatorRow[]) {
    this.rows = rows;
    this.render();
  }

  /** Sets the inputs from the URL's workload parameters. */
  readUrl() {
    const w = workloadFromParams(new URL(location.href).searchParams);
    const shares = new Set(["cacheShare", "cacheWriteShare", "batchShare"]);
    for (const [, field] of WORKLOAD_PARAMS) {
      const input = this.querySelector<HTMLInputElement>(`input[name=${field}]`);
      const value = w[field] ?? 0;
      if (input) input.value = String(shares.has(field) ? Math.round(value * 1000) / 10 : value);
    }
    if (this.rows.length) this.render();
  }

  /** Writes the workload into the URL, keeping the page's other parameters. */
  writeUrl() {
    const url = new URL(location.href);
    for (const [param] of WORKLOAD_PARAMS) url.searchParams.delete(param);
    for (const [param, value] of workloadParams(this.workload())) url.searchParams.set(param, value);
    history.replaceState(
      history.state,
      "",
      `${url.pathname}${url.search.replace(/%2C/g, ",").replace(/%2F/g, "/").replace(/%40/g, "@")}${url.hash}`,
    );
  }

  workload(): Workload {
    const num = (name: string) =>
      Math.max(0, Number(this.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value) || 0);
    const pct = (name: string) => Math.min(100, num(name)) / 100;
    return {
      inputTokens: num("inputTokens"),
      outputTokens: num("outputTokens"),
      cacheShare: pct("cacheShare"),
      cacheWriteShare: pct("cacheWriteShare"),
      batchShare: pct("batchShare"),
      requestsPerDay: num("requestsPerDay"),
    };
  }

  render() {
    const { key, dir } = this.sort;
    for (const th of this.querySelectorAll("thead th[aria-sort]")) {
      const k = th.querySelector("button")!.dataset.sort;
      th.setAttribute("aria-sort", k === key ? (dir === 1 ? "ascending" : "descending") : "none");
    }
    this.querySelector("tbody")!.innerHTML = calculatorBodyHtml(
      calculatorResults(this.rows, this.workload(), this.sort),
    );
  }
}
customElements.define("workload-calculator", WorkloadCalculator);
