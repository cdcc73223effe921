/**
 * The provider select navigates to the listing's path, keeping the kind filter when that provider has
 * changes of that kind; without JavaScript the link list beside it does the same.
 */
import { changesPath } from "~/shared/changes-path";
import { withBase } from "~/shared/url";

class ChangesProvider extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector("select")!;
    const kind = this.dataset.kind || undefined;
    select.addEventListener("change", () => {
      const option = select.selectedOptions[0];
      const keep = kind && option?.dataset.kinds?.split(",").includes(kind) ? kind : undefined;
      location.assign(withBase(changesPath({ provider: select.value || undefined, kind: keep })));
    });
  }
}
customElements.define("changes-provider", ChangesProvider);
