/**
 * The header search's results dropdown (loaded on first use of the box): the
 * shared combobox over the first pagefind results, plus a last option that opens the full results
 * page. Choosing an option navigates to it; Enter with none active submits the form (/search/?q=).
 */
import { describeResult } from "~/shared/search-state";
import { Combobox } from "./combobox";
import { loadPagefind } from "./pagefind";
import { withBase } from "~/shared/url";

const MAX_RESULTS = 6;

interface Option {
  href: string;
  title: string;
  detail?: string;
}

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
    void loadPagefind().then(() => {
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
    const pagefind = await loadPagefind();
    const response = await pagefind.search(query);
    if (response === null || query !== this.lastQuery) return;
    const results = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (query !== this.lastQuery) return;
    const total = response.results.length;
    const options: Option[] = results.map((r) => ({
      href: r.url,
      title: r.meta.name ?? r.meta.title ?? r.url,
      detail: describeResult(r.meta),
    }));
    options.push({
      href: withBase(`/search/?${new URLSearchParams({ q: query })}`),
      title: total ? `All ${total} results for “${query}”` : `No results for “${query}”: search page`,
    });
    this.status.textContent = total ? `${total} results, ${Math.min(total, MAX_RESULTS)} shown` : "No results";
    this.combobox.show(options);
  }
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}
