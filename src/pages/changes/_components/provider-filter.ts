/**
 * The provider filter of a `/changes/` listing as HTML strings (the page writes them with
 * `set:html`): every provider with a change is an option of the select and a link in the list
 * beneath it, about 500 elements on each of the 663 listing pages, once a third of the listings'
 * build time as Astro expressions. The links depend only on the kind filtered, so each list is made
 * once a kind.
 */
import { escapeHtml } from "~/shared/format";
import { changesPath } from "~/shared/changes-path";
import { withBase } from "~/shared/url";
import type { ChangeKind, ChangeProvider } from "~/views/changes";

/** The select's options after "All providers", `selected` the provider filtered on. */
export function providerOptionsHtml(providers: readonly ChangeProvider[], selected: string | undefined): string {
  return providers
    .map(
      (p) =>
        `<option value="${escapeHtml(p.id)}"${p.id === selected ? " selected" : ""} ` +
        `data-kinds="${escapeHtml([...p.kinds].join(","))}">${escapeHtml(p.name)}</option>`,
    )
    .join("");
}

const linksByKind = new WeakMap<readonly ChangeProvider[], Map<string, string>>();

/** The list's items after "All providers": each provider's listing, of the same kind where it has one. */
export function providerLinksHtml(providers: readonly ChangeProvider[], kind: ChangeKind | undefined): string {
  let lists = linksByKind.get(providers);
  if (!lists) linksByKind.set(providers, (lists = new Map()));
  let html = lists.get(kind ?? "");
  if (html === undefined) {
    html = providers
      .map((p) => {
        const href = withBase(changesPath({ provider: p.id, kind: kind && p.kinds.has(kind) ? kind : undefined }));
        return `<li><a href="${escapeHtml(href)}">${escapeHtml(p.name)}</a></li>`;
      })
      .join("");
    lists.set(kind ?? "", html);
  }
  return html;
}
