/**
 * <model-browser>: filters, sorts and pages the catalog in the browser. The state lives in the URL
 * (`/models/?creator=openai&cap=toolCalling&maxInput=0.2&sort=-context`), so a view can be shared
 * and reloaded. Rows come from /api/model-table.json, fetched once: at once when the URL asks for a
 * view the server did not render, otherwise on first use of the controls. Only the
 * current page of rows is in the DOM.
 */
import {
  PAGE_SIZE,
  applyState,
  paginate,
  parseState,
  serializeState,
  type BrowseRow,
  type BrowseState,
} from "~/shared/browse-state";
import { decodeIndex, type CompactIndex } from "~/shared/browse-index";
import { BROWSE_COLUMNS, browseRowHtml, countText, paginationHtml } from "~/shared/browse-render";
import { withBase } from "~/shared/url";

let rowsPromise: Promise<BrowseRow[]> | undefined;
function loadRows(): Promise<BrowseRow[]> {
  rowsPromise ??= fetch(withBase("/api/model-table.json"))
    .then((r) => {
      if (!r.ok) throw new Error(`models index: HTTP ${r.status}`);
      return r.json() as Promise<CompactIndex>;
    })
    .then(decodeIndex);
  return rowsPromise;
}

class ModelBrowser extends HTMLElement {
  private state!: BrowseState;
  private form!: HTMLFormElement;
  private table!: HTMLTableElement;

  connectedCallback(): void {
    this.form = this.querySelector("form")!;
    this.table = this.querySelector("table")!;
    this.state = this.stateFromUrl();
    this.upgradeHeaders();
    this.writeForm();

    const onChange = () => {
      const sort = { sort: this.state.sort, desc: this.state.desc };
      this.state = {
        ...parseState(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>)),
        ...sort,
        page: 1,
      };
      void this.update("replace");
    };
    this.form.addEventListener("change", onChange);
    this.form.addEventListener("input", (e) => (e.target as HTMLElement).matches("input[type=number]") && onChange());
    this.form.addEventListener("submit", (e) => e.preventDefault());
    this.form.addEventListener("reset", () => setTimeout(onChange));
    this.addEventListener("click", (e) => {
      const link = (e.target as HTMLElement).closest<HTMLAnchorElement>(".pager a[data-page]");
      if (!link || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      this.state = { ...this.state, page: Number(link.dataset.page) };
      void this.update("push").then(() => this.table.scrollIntoView({ block: "start" }));
    });
    window.addEventListener("popstate", () => {
      this.state = this.stateFromUrl();
      this.writeForm();
      void this.update("none");
    });

    // The server rendered the default view (or this static page of it): the rows (600 KB) load on
    // first use of the controls, not during the first view, where parsing them would block the page.
    if (serializeState({ ...this.state, page: 1 }) !== "") void this.update("none");
    else
      for (const type of ["pointerenter", "focusin", "toggle"])
        this.querySelector(".filters-panel")?.addEventListener(type, () => void loadRows(), {
          once: true,
          capture: true,
        });
  }

  /** The URL's state; on /models/page/N/ (no query) the page is N. */
  private stateFromUrl(): BrowseState {
    const state = parseState(location.search);
    if (!new URLSearchParams(location.search).has("page")) state.page = Number(this.dataset.page ?? 1);
    return state;
  }

  /**
   * The column headers' sort buttons (in the HTML, disabled until this script runs: adding them here
   * made the browser lay the whole table out a second time).
   */
  private upgradeHeaders(): void {
    for (const button of this.table.querySelectorAll<HTMLButtonElement>("th[data-sort] > button")) {
      const key = button.parentElement!.dataset.sort as BrowseState["sort"];
      button.addEventListener("click", () => {
        const same = this.state.sort === key;
        // Numbers and dates sort high-to-low first (largest context, newest); names A to Z.
        const startDesc = !["name", "creator", "modalities", "status", "input", "output"].includes(key);
        this.state = { ...this.state, sort: key, desc: same ? !this.state.desc : startDesc, page: 1 };
        void this.update("replace");
      });
      button.disabled = false;
    }
  }

  /** Sets the controls from the state. */
  private writeForm(): void {
    const s = this.state;
    const set = (name: string, value: string) => {
      const el = this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (!el) return;
      if (el instanceof HTMLSelectElement && value && ![...el.options].some((o) => o.value === value))
        el.add(new Option(value, value));
      el.value = value;
    };
    set("kind", s.kind[0] ?? "");
    set("creator", s.creator[0] ?? "");
    for (const box of this.form.querySelectorAll<HTMLInputElement>("input[name=provider]"))
      box.checked = s.provider.includes(box.value);
    this.showProviderCount();
    set("input", s.input[0] ?? "");
    set("output", s.output[0] ?? "");
    set("status", s.status[0] ?? "");
    set("open", s.open === null ? "" : s.open ? "1" : "0");
    for (const key of ["minInput", "maxInput", "minOutput", "maxOutput", "minContext", "maxContext"] as const)
      set(key, s[key] === null ? "" : String(s[key]));
    for (const box of this.form.querySelectorAll<HTMLInputElement>("input[name=cap]"))
      box.checked = s.cap.includes(box.value as never);
    (this.form.elements.namedItem("retired") as HTMLInputElement).checked = s.retired;
  }

  /** The providers disclosure says how many are chosen. */
  private showProviderCount(): void {
    const out = this.querySelector("[data-provider-count]");
    if (out) out.textContent = this.state.provider.length ? `${this.state.provider.length} chosen` : "any";
  }

  private async update(history: "push" | "replace" | "none"): Promise<void> {
    if (history !== "none") {
      const query = serializeState(this.state);
      const url = withBase(`/models/${query ? `?${query}` : ""}`);
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    this.table.setAttribute("aria-busy", "true");
    let rows: BrowseRow[];
    try {
      rows = await loadRows();
    } catch (error) {
      this.querySelector(".count")!.textContent =
        `The filters could not load their data (${String(error)}). The list below is the plain listing.`;
      this.table.removeAttribute("aria-busy");
      return;
    }
    const all = applyState(rows, this.state);
    const { rows: shown, page, pages } = paginate(all, this.state.page);
    this.state.page = page;
    const tbody = this.table.tBodies[0]!;
    tbody.innerHTML = shown.length
      ? shown.map(browseRowHtml).join("")
      : `<tr><td class="empty" colspan="${BROWSE_COLUMNS.length}">No model matches these filters.</td></tr>`;
    for (const th of this.table.querySelectorAll<HTMLElement>("th[data-sort]")) {
      if (th.dataset.sort === this.state.sort)
        th.setAttribute("aria-sort", this.state.desc ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
    const base = serializeState({ ...this.state, page: 1 });
    const href = (p: number) => {
      const q = serializeState({ ...this.state, page: p });
      return withBase(`/models/${q ? `?${q}` : ""}`);
    };
    this.querySelector(".pager")!.innerHTML = paginationHtml(page, pages, href);
    const first = (page - 1) * PAGE_SIZE + 1;
    this.querySelector(".count")!.textContent = countText(
      first,
      shown.length,
      all.length,
      !!base,
      this.state.sort,
      this.state.desc,
    );
    this.showProviderCount();
    this.table.removeAttribute("aria-busy");
  }
}

customElements.define("model-browser", ModelBrowser);
