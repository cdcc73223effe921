/**
 * The header search's results dropdown (loaded when the box gets focus or the browser is idle):
 * an ARIA combobox over a listbox of the first results. Arrow keys move through the options,
 * Enter opens the active one (or the full results page), Escape closes the list.
 */
import { describeResult } from "~/shared/search-state";
import { loadPagefind, type PagefindResultData } from "./pagefind";
import { withBase } from "~/shared/url";

const MAX_RESULTS = 6;

export class SearchDropdown {
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  private options: { href: string; el: HTMLLIElement }[] = [];
  private active = -1;
  private lastQuery = "";

  constructor(root: HTMLElement) {
    this.input = root.querySelector("input")!;
    this.list = root.querySelector("ul")!;
    this.status = root.querySelector("[data-status]")!;
    this.input.addEventListener("input", () => void this.run());
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("focus", () => {
      if (this.options.length && this.input.value.trim()) this.open();
    });
    root.addEventListener("focusout", (event) => {
      if (!root.contains(event.relatedTarget as Node | null)) this.close();
    });
    this.list.addEventListener("mousedown", (event) => event.preventDefault());
    this.list.addEventListener("click", (event) => {
      const li = (event.target as Element).closest("li");
      const option = this.options.find((o) => o.el === li);
      if (option) location.href = option.href;
    });
    void loadPagefind().then(() => {
      if (document.activeElement === this.input && this.input.value.trim()) void this.run();
    });
  }

  private async run(): Promise<void> {
    const query = this.input.value.trim();
    this.lastQuery = query;
    if (!query) {
      this.render([], query);
      return;
    }
    const pagefind = await loadPagefind();
    const response = await pagefind.search(query);
    if (response === null || query !== this.lastQuery) return;
    const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (query !== this.lastQuery) return;
    this.render(data, query, response.results.length);
  }

  private render(results: PagefindResultData[], query: string, total = 0): void {
    this.list.replaceChildren();
    this.options = [];
    this.active = -1;
    this.input.removeAttribute("aria-activedescendant");
    if (!query) {
      this.status.textContent = "";
      this.close();
      return;
    }
    results.forEach((result, i) => {
      const li = document.createElement("li");
      li.id = `site-search-option-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      const title = document.createElement("span");
      title.className = "title";
      title.textContent = result.meta.name ?? result.meta.title ?? result.url;
      const detail = document.createElement("span");
      detail.className = "detail";
      detail.textContent = describeResult(result.meta);
      li.append(title, detail);
      this.list.append(li);
      this.options.push({ href: result.url, el: li });
    });
    const all = document.createElement("li");
    all.id = "site-search-option-all";
    all.setAttribute("role", "option");
    all.setAttribute("aria-selected", "false");
    all.className = "all";
    all.textContent = total ? `All ${total} results for “${query}”` : `No results for “${query}”: search page`;
    this.list.append(all);
    this.options.push({ href: withBase(`/search/?${new URLSearchParams({ q: query })}`), el: all });
    this.status.textContent = total ? `${total} results, ${Math.min(total, MAX_RESULTS)} shown` : "No results";
    this.open();
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }

  private move(to: number): void {
    if (!this.options.length) return;
    if (this.list.hidden) this.open();
    const n = this.options.length;
    this.active = ((to % n) + n) % n;
    this.options.forEach((o, i) => o.el.setAttribute("aria-selected", String(i === this.active)));
    const el = this.options[this.active]!.el;
    this.input.setAttribute("aria-activedescendant", el.id);
    el.scrollIntoView({ block: "nearest" });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      this.move(this.active + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      this.move(this.active < 0 ? -1 : this.active - 1);
    } else if (event.key === "Enter") {
      const option = this.options[this.active];
      if (option && !this.list.hidden) {
        event.preventDefault();
        location.href = option.href;
      }
    } else if (event.key === "Escape") {
      if (!this.list.hidden) {
        event.preventDefault();
        this.close();
      } else if (this.input.value) {
        event.preventDefault();
        this.input.value = "";
        void this.run();
      } else {
        this.input.blur();
      }
    }
  }
}
