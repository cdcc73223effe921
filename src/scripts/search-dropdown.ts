/**
 * The header search's results dropdown (loaded on first use of the box): the shared combobox over
 * the best matches of the names and ids people type (`/search/names.json`, searched in memory by
 * src/shared/name-search.ts), plus a last option that opens the full-text results page (/search/,
 * pagefind). Choosing an option navigates to it; Enter with none active submits the form (/search/?q=).
 */
import { searchNames, type NameIndex } from "~/shared/name-search";
import { Combobox } from "./combobox";
import { withBase } from "~/shared/url";

const MAX_RESULTS = 6;

interface Option {
  href: string;
  title: string;
  detail?: string;
}

let names: Promise<NameIndex> | undefined;
const loadNames = () =>
  (names ??= fetch(withBase("/search/names.json")).then((response) => {
    if (!response.ok) throw new Error(`search names: HTTP ${response.status}`);
    return response.json() as Promise<NameIndex>;
  }));

export class SearchDropdown {
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly combobox: Combobox<Option>;
  private lastQuery = "";

  constructor(root: HTMLElement) {
    this.input = root.querySelector("input")!;
    this.status = root.querySelector("[data-status]")!;
    this.combobox = new Combobox<Option>(this.input, root.querySelector("ul")!, {
      idPrefix: "site-search-option",
      render: (o) => (o.detail === undefined ? [o.title] : [span("title", o.title), span("detail", o.detail)]),
      className: (o) => (o.detail === undefined ? "all" : ""),
      choose: (o) => (location.href = o.href),
      update: () => void this.run(),
    });
    void loadNames().then(() => {
      if (document.activeElement === this.input && this.input.value.trim()) void this.run();
    });
  }

  private async run(): Promise<void> {
    const query = this.input.value.trim();
    this.lastQuery = query;
    if (!query) {
      this.status.textContent = "";
      this.combobox.show([]);
      return;
    }
    let index: NameIndex;
    try {
      index = await loadNames();
    } catch {
      // Offline or a failed fetch: the box still submits to the results page.
      names = undefined;
      this.combobox.show([this.allResults(query)]);
      return;
    }
    if (query !== this.lastQuery) return;
    const { hits, total } = searchNames(index, query, MAX_RESULTS);
    const options: Option[] = hits.map((h) => ({
      href: withBase(h.kind === "provider" ? `/providers/${h.id}/` : `/models/${h.id}/`),
      title: h.name,
      detail: h.detail,
    }));
    options.push(this.allResults(query));
    this.status.textContent = total ? `${total} matches, ${hits.length} shown` : "No model or provider by that name";
    this.combobox.show(options);
  }

  /** The last option: the full-text results page, which also searches descriptions and facts. */
  private allResults(query: string): Option {
    return { href: withBase(`/search/?${new URLSearchParams({ q: query })}`), title: `All results for “${query}”` };
  }
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}
