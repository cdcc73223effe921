/**
 * The compare page: reads `?models=` (see src/shared/compare-ids.ts), fetches each model's API file,
 * and fills the facts table, the charts (chart.js, lazily) and the workload calculator. The picker
 * is a combobox over `/api/model-names.json`, fetched when first used. The URL always holds the state.
 */
import {
  COMPARE_STORAGE_KEY,
  MAX_COMPARE,
  MIN_COMPARE,
  bestIndexes,
  chooseOffering,
  compareUrl,
  parseCompareParam,
  searchModels,
  type CompareRef,
  type IndexRow,
} from "~/shared/compare-ids";
import { formatDate, formatInteger, formatMonth, formatTokenPrice, UNKNOWN } from "~/shared/format";
import { blendedPrice } from "~/shared/pricing";
import type { ApiModel, ApiOffering } from "~/schemas/api";
import type { PriceEntry } from "~/schemas";
import { historySeries, SERIES_DIMENSIONS } from "~/shared/chart-series";
import { withBase } from "~/shared/url";

interface Loaded {
  ref: CompareRef;
  model: ApiModel;
  offering?: ApiOffering;
  /** Label in charts and tables: the model name, plus the provider when the ref chose one. */
  label: string;
}

type Cell = { text: string; value?: number | null; href?: string };
interface FactRow {
  label: string;
  cells: Cell[];
  better?: "lower" | "higher";
}

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const yesNo = (v: boolean | undefined) => (v === undefined ? UNKNOWN : v ? "Yes" : "No");

class CompareApp extends HTMLElement {
  refs: CompareRef[] = [];
  cache = new Map<string, Promise<ApiModel | null>>();
  index?: Promise<IndexRow[]>;
  charts: { destroy(): void }[] = [];
  historyChart?: import("chart.js").Chart<"line", { x: number; y: number | null }[]>;
  renderId = 0;

  connectedCallback() {
    this.setupPicker();
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
    const url = compareUrl(refs.map((r) => r.ref));
    history.replaceState(null, "", url);
    try {
      localStorage.setItem(COMPARE_STORAGE_KEY, JSON.stringify(refs.map((r) => r.ref)));
    } catch {}
    void this.render([]);
  }

  fetchModel(id: string): Promise<ApiModel | null> {
    let p = this.cache.get(id);
    if (!p) {
      p = fetch(withBase(`/api/models/${id}.json`)).then(
        (r) => (r.ok ? (r.json() as Promise<ApiModel>) : null),
        () => null,
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
      const offering = chooseOffering(model.offerings, ref.at);
      if (ref.at && !offering) {
        notes.push(`${model.name} has no offering “${ref.at}”; it is shown at its cheapest offering instead.`);
      }
      const chosen = offering ?? chooseOffering(model.offerings);
      const provider = ref.at && chosen ? ` (${chosen.provider.name})` : "";
      loaded.push({ ref, model, offering: chosen, label: `${model.name}${provider}` });
    }
    if (this.refs.length < MIN_COMPARE)
      notes.push(
        this.refs.length === 0 ? "Add two to eight models to compare them." : "Add at least one more model to compare.",
      );
    const messages = this.querySelector<HTMLElement>("[data-messages]")!;
    messages.replaceChildren(...notes.map((n) => el("p", {}, n)));
    this.querySelector<HTMLElement>("[data-results]")!.hidden = loaded.length === 0;
    this.renderTable(loaded);
    this.renderCalculator(loaded);
    await this.renderCharts(loaded, id);
    this.renderChosen(loaded);
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
        return el("li", {}, el("span", {}, name), remove);
      }),
    );
    this.querySelector<HTMLElement>("[data-count]")!.textContent = `${this.refs.length} of ${MAX_COMPARE}`;
  }

  renderTable(loaded: Loaded[]) {
    const price = (l: Loaded, pick: (e: PriceEntry) => number | undefined): Cell => {
      const v = l.offering?.current ? pick(l.offering.current) : undefined;
      return { text: formatTokenPrice(v), value: v ?? null };
    };
    const m = (l: Loaded) => l.model;
    const rows: FactRow[] = [
      {
        label: "Provider",
        cells: loaded.map((l) => ({
          text: l.offering ? `${l.offering.provider.name} (${l.offering.apiId})` : "no offering",
        })),
      },
      { label: "Input", better: "lower", cells: loaded.map((l) => price(l, (e) => e.input)) },
      { label: "Cached input", better: "lower", cells: loaded.map((l) => price(l, (e) => e.cacheRead)) },
      { label: "Cache write", better: "lower", cells: loaded.map((l) => price(l, (e) => e.cacheWrite)) },
      { label: "Output", better: "lower", cells: loaded.map((l) => price(l, (e) => e.output)) },
      { label: "Batch input", better: "lower", cells: loaded.map((l) => price(l, (e) => e.batchInput)) },
      { label: "Batch output", better: "lower", cells: loaded.map((l) => price(l, (e) => e.batchOutput)) },
      {
        label: "Blended (3:1)",
        better: "lower",
        cells: loaded.map((l) => {
          const v = l.offering?.current ? blendedPrice(l.offering.current) : null;
          return { text: formatTokenPrice(v), value: v };
        }),
      },
      {
        label: "Long-context tiers",
        cells: loaded.map((l) => ({
          text: l.offering?.current?.tiers?.length
            ? l.offering.current.tiers.map((t) => `over ${formatInteger(t.above)}`).join(", ")
            : l.offering?.current
              ? "none"
              : UNKNOWN,
        })),
      },
      { label: "Price since", cells: loaded.map((l) => ({ text: formatDate(l.offering?.current?.from) })) },
      {
        label: "Context window",
        better: "higher",
        cells: loaded.map((l) => {
          const v = l.offering?.limits?.context ?? m(l).limits?.context;
          return { text: formatInteger(v), value: v ?? null };
        }),
      },
      {
        label: "Max output",
        better: "higher",
        cells: loaded.map((l) => {
          const v = l.offering?.limits?.maxOutput ?? m(l).limits?.maxOutput;
          return { text: formatInteger(v), value: v ?? null };
        }),
      },
      { label: "Knowledge cutoff", cells: loaded.map((l) => ({ text: formatMonth(m(l).knowledgeCutoff) })) },
      { label: "Released", cells: loaded.map((l) => ({ text: formatDate(m(l).releaseDate) })) },
      { label: "Input modalities", cells: loaded.map((l) => ({ text: m(l).modalities?.input.join(", ") ?? UNKNOWN })) },
      {
        label: "Output modalities",
        cells: loaded.map((l) => ({ text: m(l).modalities?.output.join(", ") ?? UNKNOWN })),
      },
      { label: "Tool calling", cells: loaded.map((l) => ({ text: yesNo(m(l).capabilities?.toolCalling) })) },
      {
        label: "Structured outputs",
        cells: loaded.map((l) => ({ text: yesNo(m(l).capabilities?.structuredOutputs) })),
      },
      { label: "Reasoning", cells: loaded.map((l) => ({ text: yesNo(m(l).capabilities?.reasoning) })) },
      { label: "Prompt caching", cells: loaded.map((l) => ({ text: yesNo(m(l).capabilities?.promptCaching) })) },
      { label: "Open weights", cells: loaded.map((l) => ({ text: yesNo(m(l).openWeights) })) },
      { label: "Status", cells: loaded.map((l) => ({ text: m(l).status })) },
      {
        label: "Providers",
        cells: loaded.map((l) => ({
          text: String(m(l).offerings.filter((o) => o.status !== "retired" && o.status !== "delisted").length),
        })),
      },
    ];
    const head = el(
      "tr",
      {},
      el("th", { scope: "col", textContent: "" }, el("span", { className: "visually-hidden", textContent: "Fact" })),
    );
    for (const l of loaded) {
      head.append(
        el("th", { scope: "col" }, el("a", { href: withBase(`/models/${l.model.id}/`), textContent: l.label })),
      );
    }
    const body = rows.map((row) => {
      const best = row.better
        ? bestIndexes(
            row.cells.map((c) => c.value),
            row.better,
          )
        : new Set<number>();
      return el(
        "tr",
        {},
        el("th", { scope: "row", textContent: row.label }),
        ...row.cells.map((c, i) =>
          best.has(i)
            ? el(
                "td",
                { className: "best" },
                c.text,
                el("span", { className: "best-mark", ariaHidden: "true", textContent: " ★" }),
                el("span", { className: "visually-hidden", textContent: " (best)" }),
              )
            : el("td", { textContent: c.text }),
        ),
      );
    });
    const table = this.querySelector("[data-facts]")!;
    table.querySelector("thead")!.replaceChildren(head);
    table.querySelector("tbody")!.replaceChildren(...body);
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
    await new Promise<void>((resolve) => {
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            io.disconnect();
            resolve();
          }
        },
        { rootMargin: "300px" },
      );
      io.observe(figure);
    });
    const { mountPriceChart, mountBarChart } = await import("./compare-charts");
    if (id !== this.renderId) return;
    const series = withPrices.flatMap((l) =>
      historySeries(l.label, l.offering!.prices, l.offering!.statusDates?.retired),
    );
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
    chart.data.datasets.forEach((d, i) => {
      if (String(d.label).endsWith(" · Cached input")) chart.setDatasetVisibility(i, show);
    });
    chart.update();
  }

  setupPicker() {
    const input = this.querySelector<HTMLInputElement>("[role=combobox]")!;
    const listbox = this.querySelector<HTMLElement>("[role=listbox]")!;
    const status = this.querySelector<HTMLElement>("[data-picker-status]")!;
    let options: IndexRow[] = [];
    let active = -1;

    const close = () => {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };
    const highlight = (i: number) => {
      active = i;
      listbox.querySelectorAll("[role=option]").forEach((li, k) => li.setAttribute("aria-selected", String(k === i)));
      if (i >= 0) {
        input.setAttribute("aria-activedescendant", `compare-opt-${i}`);
        listbox.children[i]?.scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    };
    const choose = (row: IndexRow | undefined) => {
      if (!row) return;
      input.value = "";
      close();
      if (this.refs.some((r) => r.ref === row[0])) {
        status.textContent = `${row[1]} is already in the comparison.`;
        return;
      }
      if (this.refs.length >= MAX_COMPARE) {
        status.textContent = `At most ${MAX_COMPARE} models; remove one first.`;
        return;
      }
      status.textContent = `Added ${row[1]}.`;
      this.setRefs([...this.refs, { ref: row[0], modelId: row[0] }]);
    };
    const update = async () => {
      this.index ??= fetch(withBase("/api/model-names.json")).then(
        async (r) => ((await r.json()) as { models: IndexRow[] }).models,
      );
      const query = input.value;
      const index = await this.index;
      if (query !== input.value) return;
      options = searchModels(index, query);
      listbox.replaceChildren(
        ...options.map((row, i) => {
          const li = el(
            "li",
            { id: `compare-opt-${i}` },
            el("span", { textContent: row[1] }),
            el("span", { className: "muted small", textContent: ` ${row[0]}${row[4] ? " · retired" : ""}` }),
          );
          li.setAttribute("role", "option");
          li.setAttribute("aria-selected", "false");
          li.addEventListener("mousedown", (e) => e.preventDefault());
          li.addEventListener("click", () => choose(row));
          return li;
        }),
      );
      const open = options.length > 0;
      listbox.hidden = !open;
      input.setAttribute("aria-expanded", String(open));
      highlight(open ? 0 : -1);
      status.textContent = query.trim()
        ? open
          ? `${options.length} model${options.length === 1 ? "" : "s"} found.`
          : "No model found."
        : "";
    };
    input.addEventListener("input", () => void update());
    input.addEventListener("focus", () => {
      this.index ??= fetch(withBase("/api/model-names.json")).then(
        async (r) => ((await r.json()) as { models: IndexRow[] }).models,
      );
    });
    input.addEventListener("keydown", (e) => {
      const open = !listbox.hidden;
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (!open) void update();
        else highlight(Math.min(options.length - 1, active + 1));
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        if (open) highlight(Math.max(0, active - 1));
      } else if (e.key === "Enter") {
        if (open) {
          e.preventDefault();
          choose(options[active] ?? options[0]);
        }
      } else if (e.key === "Escape") {
        if (open) close();
        else input.value = "";
      }
    });
    input.addEventListener("blur", close);
  }
}

customElements.define("compare-app", CompareApp);
