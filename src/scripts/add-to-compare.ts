import { COMPARE_STORAGE_KEY, MAX_COMPARE, compareUrl } from "~/shared/compare-ids";

class AddToCompare extends HTMLElement {
  connectedCallback() {
    const id = this.dataset.id!;
    this.querySelector("a")!.addEventListener("click", (event) => {
      let previous: string[] = [];
      try {
        previous = JSON.parse(localStorage.getItem(COMPARE_STORAGE_KEY) ?? "[]");
      } catch {}
      if (!Array.isArray(previous) || !previous.length) return;
      const ids = [...previous.filter((x) => typeof x === "string" && x !== id).slice(-(MAX_COMPARE - 1)), id];
      event.preventDefault();
      location.assign(compareUrl(ids));
    });
  }
}
customElements.define("add-to-compare", AddToCompare);
