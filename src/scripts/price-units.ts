import { formatTokenPrice } from "~/shared/format";

class PriceUnits extends HTMLElement {
  connectedCallback() {
    // No switch when the model has no token prices (priced per image, minute, character or second).
    const group = this.querySelector<HTMLElement>(".unit-switch");
    if (!group) return;
    group.addEventListener("click", (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-unit]");
      if (!button) return;
      const unit = button.dataset.unit as "1M" | "1K";
      for (const b of group.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b === button));
      for (const cell of this.querySelectorAll<HTMLElement>("[data-per-m]"))
        cell.textContent = formatTokenPrice(Number(cell.dataset.perM), unit);
      for (const label of this.querySelectorAll("[data-unit-label]"))
        label.textContent = unit === "1M" ? "per 1M tokens" : "per 1K tokens";
    });
  }
}
customElements.define("price-units", PriceUnits);
