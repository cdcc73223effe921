/**
 * The compare page: reads `?models=` (see src/shared/compare-ids.ts), fetches each model's API file,
 * and fills the facts table, the charts (chart.js, lazily) and the workload calculator. The picker
 * is a combobox over `/api/model-names.json`, fetched when first used. The URL always holds the state.
 */
import {
  COMPARE_STORAGE_KEY,
  EMPTY_COMPARE_NOTE,
  MAX_COMPARE,
  MIN_COMPARE,
  chooseOffering,
  ownOffering,
  compareUrl,
  parseCompareParam,
  type CompareRef,
  type IndexRow,
} from "~/shared/compare-ids";
import type { ApiModel, ApiModelRedirect } from "~/schemas/api";
import { historySeries, SERIES_DIMENSIONS, type ChartSeries } from "~/shared/chart-series";
import { setupComparePicker } from "./compare-picker";
import { el, renderFacts, type Loaded } from "./compare-facts";
import { whenNearViewport } from "./when-visible";
import { withBase } from "~/shared/url";
import { formatTokenPrice } from "~/shared/format";
import { isLive } from "~/shared/vocabulary";

class CompareApp extends HTMLElement {
  refs: CompareRef[] = [];
  cache = new Map<string, Promise<ApiModel | null>>();
  charts: { destroy(): void }[] = [];
  historyChart?: import("chart.js").Chart<"line", { x: number; y: number | null }[]>;
  /** The series behind the history chart's datasets, index for index. */
  historySeries: ChartSeries[] = [];
  renderId = 0;

  connectedCallback() {
    setupComparePicker(this, (row) => this.add(row));
    this.querySelector<HTMLInputElement>("input[name=cached]")!.addEventListener("change", (e) =>
      this.toggleCached((e.target as HTMLInputElement).checked),
    );
    window.addEventListener("popstate", () => this.load());
    this.load();
  }

  /** Reads the URL and renders it. */
  load() {
    const parsed = parseCompareParam(new URL(location.href).searchParams.get("models"));
    this.refs = parsed.refs;
    const notes: string[] = [];
    for (const bad of parsed.invalid)
      notes.push(`“${bad}” is not a model id (expected <creator>/<slug>, e.g. openai/gpt-4.1-nano).`);
    if (parsed.dropped.length) notes.push(`At most ${MAX_COMPARE} models: left out ${parsed.dropped.join(", ")}.`);
    void this.render(notes);
  }

  setRefs(refs: CompareRef[]) {
    this.refs = refs;
    // The models change; the workload parameters (kept by the calculator) stay.
    const rest = new URL(location.href).searchParams;
    rest.delete("models");
    const url = compareUrl(refs.map((r) => r.ref));
    const extra = rest.toString();
    history.replaceState(null, "", extra ? `${url}${url.includes("?") ? "&" : "?"}${extra}` : url);
    try {
      localStorage.setItem(COMPARE_STORAGE_KEY, JSON.stringify(refs.map((r) => r.ref)));
    } catch {}
    void this.render([]);
  }

  fetchModel(id: string): Promise<ApiModel | null> {
    let p = this.cache.get(id);
    if (!p) {
      p = fetch(withBase(`/api/models/${id}.json`))
        .then(
          (r) => (r.ok ? (r.json() as Promise<ApiModel | ApiModelRedirect>) : null),
          () => null,
        )
        // A merged model id (identity) answers with its canonical id: compare that model.
        .then((m) =>
          m && "redirect" in m && m.redirect !== id ? this.fetchModel(m.redirect) : (m as ApiModel | null),
        );
      this.cache.set(id, p);
    }
    return p;
  }

  async render(notes: string[]) {
    const id = ++this.renderId;
    this.renderChosen();
    const results = await Promise.all(
      this.refs.map(async (ref) => ({ ref, model: await this.fetchModel(ref.modelId) })),
    );
    if (id !== this.renderId) return;
    const loaded: Loaded[] = [];
    for (const { ref, model } of results) {
      if (!model) {
        notes.push(
          `No model “${ref.modelId}” in the catalog. Check the id, or find the model with the search box above.`,
        );
        continue;
      }
      const offering = chooseOffering(model.offerings, ref.at, model.creator?.id);
      if (ref.at && !offering) {
        notes.push(`${model.name} has no offering “${ref.at}”; it is shown at its default offering instead.`);
      }
      const chosen = offering ?? chooseOffering(model.offerings, undefined, model.creator?.id);
      const provider = ref.at && chosen ? ` (${chosen.provider.name})` : "";
      loaded.push({ ref, model, offering: chosen, label: `${model.name}${provider}` });
    }
    if (this.refs.length < MIN_COMPARE)
      notes.push(this.refs.length === 0 ? EMPTY_COMPARE_NOTE : "Add at least one more model to compare.");
    const messages = this.querySelector<HTMLElement>("[data-messages]")!;
    messages.replaceChildren(...notes.map((n) => el("p", {}, n)));
    this.querySelector<HTMLElement>("[data-results]")!.hidden = loaded.length === 0;
    this.renderTable(loaded);
    this.renderCalculator(loaded);
    // Names and provider selects before the charts, which wait until they near the viewport.
    this.renderChosen(loaded);
    await this.renderCharts(loaded, id);
  }

  renderChosen(loaded?: Loaded[]) {
    const list = this.querySelector<HTMLElement>("[data-chosen]")!;
    list.replaceChildren(
      ...this.refs.map((ref) => {
        const name = loaded?.find((l) => l.ref === ref)?.label ?? ref.ref;
        const remove = el("button", {
          type: "button",
          className: "remove",
          textContent: "×",
          ariaLabel: `Remove ${name}`,
        });
        remove.addEventListener("click", () => {
          this.setRefs(this.refs.filter((r) => r !== ref));
          this.querySelector<HTMLInputElement>("[role=combobox]")!.focus();
        });
        const picker = this.providerPicker(
          ref,
          loaded?.find((l) => l.ref === ref),
        );
        return el("li", {}, el("span", {}, name), ...(picker ? [picker] : []), remove);
      }),
    );
    this.querySelector<HTMLElement>("[data-count]")!.textContent = `${this.refs.length} of ${MAX_COMPARE}`;
  }

  /**
   * A select of the model's live offerings: the default (the plain model id: the creator's list
   * price, else the cheapest) or one provider (`model@offering`), so a provider is chosen without
   * writing the URL by hand.
   */
  providerPicker(ref: CompareRef, loaded: Loaded | undefined): HTMLSelectElement | undefined {
    const offerings = loaded?.model.offerings.filter((o) => isLive(o.status) && o.current) ?? [];
    if (!loaded || offerings.length < 2) return undefined;
    const select = document.createElement("select");
    select.setAttribute("aria-label", `Provider for ${loaded.model.name}`);
    const own = ownOffering(offerings, loaded.model.creator?.id);
    select.append(new Option(own ? `${own.provider.name} (list price)` : "Cheapest provider", ""));
    for (const o of offerings) {
      const price = o.current?.input === undefined ? "" : ` · ${formatTokenPrice(o.current.input)} in`;
      select.append(new Option(`${o.provider.name}${price}`, o.id));
    }
    select.value = ref.at ? (offerings.find((o) => o.id === ref.at || o.provider.id === ref.at)?.id ?? "") : "";
    select.addEventListener("change", () => {
      const next = select.value ? `${ref.modelId}@${select.value}` : ref.modelId;
      const replaced: CompareRef = select.value
        ? { ref: next, modelId: ref.modelId, at: select.value }
        : { ref: next, modelId: ref.modelId };
      this.setRefs(this.refs.map((r) => (r === ref ? replaced : r)));
    });
    return select;
  }

  renderTable(loaded: Loaded[]) {
    renderFacts(this.querySelector("[data-facts]")!, loaded);
  }

  renderCalculator(loaded: Loaded[]) {
    const calc = this.querySelector("workload-calculator") as
      (HTMLElement & { setRows?: (rows: unknown[]) => void }) | null;
    const rows = loaded
      .filter((l) => l.offering?.current)
      .map((l) => ({
        id: l.ref.ref,
        label: l.label,
        sub: `${l.offering!.provider.name} · ${l.offering!.apiId}`,
        href: withBase(`/models/${l.model.id}/`),
        entry: l.offering!.current!,
      }));
    if (calc?.setRows) calc.setRows(rows);
    else
      customElements
        .whenDefined("workload-calculator")
        .then(() => (calc as unknown as { setRows(r: unknown[]): void }).setRows(rows));
  }

  async renderCharts(loaded: Loaded[], id: number) {
    const figure = this.querySelector<HTMLElement>("[data-charts]")!;
    const withPrices = loaded.filter((l) => l.offering && l.offering.prices.length);
    for (const c of this.charts.splice(0)) c.destroy();
    this.historyChart = undefined;
    figure.removeAttribute("data-ready");
    figure.hidden = withPrices.length === 0;
    if (!withPrices.length) return;
    // Wait until the charts are near the viewport before fetching chart.js.
    await whenNearViewport(figure);
    const { mountPriceChart, mountBarChart } = await import("./compare-charts");
    if (id !== this.renderId) return;
    const series = withPrices.flatMap((l) =>
      historySeries(
        l.label,
        l.offering!.prices.filter((e) => !l.offering!.disputed?.some((d) => d.from === e.from)),
        l.offering!.statusDates?.retired,
      ),
    );
    this.historySeries = series;
    const today = new Date().toISOString().slice(0, 10);
    const cached = this.querySelector<HTMLInputElement>("input[name=cached]")!.checked;
    const history = await mountPriceChart(
      figure.querySelector<HTMLCanvasElement>("canvas[data-history]")!,
      { today, series },
      { visibleGroups: MAX_COMPARE, hiddenDimensions: cached ? [] : ["cacheRead"] },
    );
    this.historyChart = history;
    const bars = mountBarChart(figure.querySelector<HTMLCanvasElement>("canvas[data-bars]")!, {
      labels: withPrices.map((l) => l.label),
      datasets: SERIES_DIMENSIONS.map((d) => ({
        label: d.label,
        data: withPrices.map((l) => l.offering!.current?.[d.key] ?? null),
      })),
    });
    this.charts.push(history, bars);
    figure.dataset.models = String(withPrices.length);
    figure.setAttribute("data-ready", "");
  }

  toggleCached(show: boolean) {
    const chart = this.historyChart;
    if (!chart) return;
    this.historySeries.forEach((s, i) => {
      if (s.dimension === "cacheRead") chart.setDatasetVisibility(i, show);
    });
    chart.update();
  }

  /** Adds a model chosen in the picker, unless it is already there or the list is full. */
  add(row: IndexRow) {
    const status = this.querySelector<HTMLElement>("[data-picker-status]")!;
    if (this.refs.some((r) => r.ref === row[0])) status.textContent = `${row[1]} is already in the comparison.`;
    else if (this.refs.length >= MAX_COMPARE) status.textContent = `At most ${MAX_COMPARE} models; remove one first.`;
    else {
      status.textContent = `Added ${row[1]}.`;
      this.setRefs([...this.refs, { ref: row[0], modelId: row[0] }]);
    }
  }
}

customElements.define("compare-app", CompareApp);
