class SiteSearch extends HTMLElement {
  private loaded = false;

  connectedCallback() {
    const input = this.querySelector("input")!;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", "site-search-listbox");
    input.setAttribute("aria-autocomplete", "list");
    const load = () => this.load();
    // Loaded on first use (focus, or a pointer over the box), never during the first view: pagefind's
    // start-up work would otherwise block the main thread while the page is being read.
    input.addEventListener("focus", load, { once: true });
    this.addEventListener("pointerenter", load, { once: true });
    document.addEventListener("keydown", (event) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])")) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  }

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    void import("~/scripts/search-dropdown").then(({ SearchDropdown }) => new SearchDropdown(this));
  }
}
customElements.define("site-search", SiteSearch);
