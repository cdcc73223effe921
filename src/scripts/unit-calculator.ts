/** <unit-calculator>: recomputes the per-unit cost table (`unitBodyHtml`, as the server rendered it) on input. */
import { unitBodyHtml, type UnitRow, type UnitSpec } from "~/shared/unit-cost";

class UnitCalculator extends HTMLElement {
  connectedCallback() {
    const { rows, spec } = JSON.parse(this.querySelector("script[type='application/json']")!.textContent!) as {
      rows: UnitRow[];
      spec: UnitSpec;
    };
    const form = this.querySelector("form")!;
    const render = () => {
      const quantity = Math.max(0, Number(form.querySelector<HTMLInputElement>("input[name=quantity]")!.value) || 0);
      const option = form.querySelector<HTMLSelectElement>("select[name=option]")?.value ?? "";
      this.querySelector("tbody")!.innerHTML = unitBodyHtml(rows, spec, quantity, option);
    };
    form.addEventListener("input", render);
    form.addEventListener("submit", (event) => event.preventDefault());
  }
}
customElements.define("unit-calculator", UnitCalculator);
