/**
 * The provider select of a changes listing. The page writes "All providers" and the provider it
 * filters on; the others come from /changes/providers.json, so a listing does not grow with the
 * number of providers. Choosing one navigates to its listing, keeping the kind filter when that
 * provider has changes of that kind; without JavaScript a link to /changes/providers/ does the same.
 */
import type { ChangeProvidersFile } from "~/views/changes";
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
    void this.addProviders(select);
  }

  private async addProviders(select: HTMLSelectElement): Promise<void> {
    const response = await fetch(withBase("/changes/providers.json"));
    if (!response.ok) return; // the select keeps "All providers" and the current one
    const providers = (await response.json()) as ChangeProvidersFile;
    const current = select.value;
    select.replaceChildren(
      select.options[0]!,
      ...providers.map((p) => {
        const option = new Option(p.name, p.id, false, p.id === current);
        option.dataset.kinds = Object.keys(p.kinds).join(",");
        return option;
      }),
    );
  }
}
customElements.define("changes-provider", ChangesProvider);
