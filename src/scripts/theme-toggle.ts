class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector("button")!;
    const order = ["system", "light", "dark"] as const;
    const read = () => (document.documentElement.dataset.theme as (typeof order)[number] | undefined) ?? "system";
    const state = button.querySelector(".state")!;
    const show = () => {
      state.textContent = read() === "system" ? "auto" : read();
      button.title = `Theme: ${state.textContent} (click to change)`;
    };
    show();
    button.addEventListener("click", () => {
      const next = order[(order.indexOf(read()) + 1) % order.length]!;
      if (next === "system") {
        delete document.documentElement.dataset.theme;
        localStorage.removeItem("theme");
      } else {
        document.documentElement.dataset.theme = next;
        localStorage.setItem("theme", next);
      }
      show();
    });
  }
}
customElements.define("theme-toggle", ThemeToggle);
