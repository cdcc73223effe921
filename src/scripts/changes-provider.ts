import { withBase } from "~/shared/url";

// The provider select navigates to the listing's path; without JavaScript the link list above does the same.
class ChangesProvider extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector("select")!;
    select.addEventListener("change", () =>
      location.assign(withBase(select.value ? `/changes/provider/${select.value}/` : "/changes/")),
    );
  }
}
customElements.define("changes-provider", ChangesProvider);
