/**
 * The /search/ page: a form whose fields are the search state (q, one checkbox per filter value,
 * sort), mirrored in the URL so a search can be shared or reloaded. Filters come from
 * `pagefind.filters()`; results show each page's metadata (cheapest prices, context window).
 */
import {
  describeResult,
  exactNameFirst,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateToParams,
  type SearchState,
} from "~/shared/search-state";
import { FILTER_LABELS, type FilterKey } from "~/shared/search-options";
import { loadPagefind, type PagefindResult } from "./pagefind";

const PAGE_SIZE = 20;
/** Groups open by default: the short ones. */
const OPEN_GROUPS: FilterKey[] = ["type", "input", "output", "weights", "status"];
const SORT_NOTES: Record<string, string> = {
  price:
    "Ordered by the cheapest published input price; models whose price is not published are left out of this order.",
  context: "Ordered by context window; models whose context window is unknown are left out of this order.",
  released: "Newest first; models whose release date is unknown are left out of this order.",
};

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private results: PagefindResult[] = [];
  /** The words searched when results are in pagefind's ranking (no sort chosen), else "". */
  private ranked = "";
  private shown = 0;
  private run = 0;
  private typing?: ReturnType<typeof setTimeout>;

  connectedCallback(): void {
    this.form = this.querySelector("form")!;
    const state = parseSearchState(new URLSearchParams(location.search));
    (this.form.elements.namedItem("q") as HTMLInputElement).value = state.q;
    (this.form.elements.namedItem("sort") as HTMLSelectElement).value = state.sort ?? "";
    // Filters set in the URL are shown, also where they fold (phones).
    if (Object.keys(pagefindFilters(state)).length > 0)
      this.querySelector<HTMLDetailsElement>("details[data-filters-panel]")!.open = true;
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.update();
    });
    this.form.addEventListener("input", (event) => {
      clearTimeout(this.typing);
      // Typing waits for a pause; checkboxes and the order apply at once.
      if ((event.target as HTMLElement).matches("input[type=search]"))
        this.typing = setTimeout(() => void this.update(), 150);
      else void this.update();
    });
    this.querySelector("[data-more]")!.addEventListener("click", () => void this.showMore());
    void this.start(state);
  }

  private async start(state: SearchState): Promise<void> {
    this.status("Loading search…");
    try {
      const pagefind = await loadPagefind();
      this.renderFilters(await pagefind.filters(), state);
      await this.update();
    } catch {
      this.status("Search could not load. Browse all models or providers instead.");
    }
  }

  private state(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.form)) if (typeof value === "string") params.append(key, value);
    return parseSearchState(params);
  }

  private renderFilters(filters: Record<string, Record<string, number>>, state: SearchState): void {
    const container = this.querySelector("[data-filters]")!;
    container.replaceChildren();
    for (const key of Object.keys(FILTER_LABELS) as FilterKey[]) {
      const values = filters[key];
      if (!values || !Object.keys(values).length) continue;
      const selected = new Set(state.filters[key] ?? []);
      const details = document.createElement("details");
      details.open = OPEN_GROUPS.includes(key) || selected.size > 0;
      const summary = document.createElement("summary");
      summary.textContent = FILTER_LABELS[key];
      const fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.className = "visually-hidden";
      legend.textContent = FILTER_LABELS[key];
      fieldset.append(legend);
      for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b))) {
        const label = document.createElement("label");
        const box = document.createElement("input");
        box.type = "checkbox";
        box.name = key;
        box.value = value;
        box.checked = selected.has(value);
        const text = document.createElement("span");
        text.textContent = value;
        const count = document.createElement("span");
        count.className = "count";
        count.dataset.count = `${key}\u0000${value}`;
        count.textContent = String(values[value]);
        label.append(box, text, count);
        fieldset.append(label);
      }
      details.append(summary, fieldset);
      container.append(details);
    }
  }

  private async update(): Promise<void> {
    const state = this.state();
    const params = searchStateToParams(state).toString();
    history.replaceState(null, "", params ? `?${params}` : location.pathname);
    const note = this.querySelector<HTMLElement>("[data-note]")!;
    note.hidden = !state.sort;
    note.textContent = state.sort ? SORT_NOTES[state.sort]! : "";
    const filters = pagefindFilters(state);
    const sort = pagefindSort(state);
    if (!state.q && !Object.keys(filters).length && !sort) {
      this.results = [];
      this.shown = 0;
      this.querySelector("[data-results]")!.replaceChildren();
      this.querySelector<HTMLElement>("[data-more]")!.hidden = true;
      this.status("Type a name or id, or choose filters.");
      return;
    }
    const run = ++this.run;
    const pagefind = await loadPagefind();
    const response = await pagefind.search(state.q || null, { filters, ...(sort ? { sort } : {}) });
    if (run !== this.run) return;
    this.updateCounts(response.filters);
    this.results = response.results;
    this.ranked = sort ? "" : state.q;
    this.shown = 0;
    this.querySelector("[data-results]")!.replaceChildren();
    const n = response.results.length;
    this.status(n === 0 ? "No results." : `${n.toLocaleString("en-US")} result${n === 1 ? "" : "s"}`);
    await this.showMore();
  }

  private updateCounts(counts: Record<string, Record<string, number>>): void {
    for (const el of this.querySelectorAll<HTMLElement>("[data-count]")) {
      const [key, value] = el.dataset.count!.split("\u0000") as [string, string];
      el.textContent = String(counts[key]?.[value] ?? 0);
    }
  }

  private async showMore(): Promise<void> {
    const run = this.run;
    const batch = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const loaded = await Promise.all(batch.map((r) => r.data()));
    if (run !== this.run) return;
    // The first page of ranked results opens with the model named exactly as the query, if any.
    const data = this.shown === 0 && this.ranked ? exactNameFirst(loaded, this.ranked) : loaded;
    const list = this.querySelector("[data-results]")!;
    for (const result of data) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = result.url;
      a.textContent = result.meta.name ?? result.meta.title ?? result.url;
      const detail = document.createElement("p");
      detail.className = "detail";
      detail.textContent = describeResult(result.meta);
      li.append(a, detail);
      list.append(li);
    }
    this.shown += batch.length;
    this.querySelector<HTMLElement>("[data-more]")!.hidden = this.shown >= this.results.length;
  }

  private status(text: string): void {
    this.querySelector("[data-status]")!.textContent = text;
  }
}
customElements.define("search-page", SearchPage);
