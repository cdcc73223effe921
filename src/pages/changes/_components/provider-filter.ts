/**
 * The provider filter of a `/changes/` listing as HTML strings (the page writes them with
 * `set:html`): every provider with a change is an option of the select and a link in the list
 * beneath it, about 500 elements on each of the 663 listing pages, once a third of the listings'
 * build time as Astro expressions. The options are made once and the links once a kind (they
 * depend only on the kind filtered): at 20,000 synthetic models, 570 providers on 2,659 listings.
 */
import { escapeHtml } from "~/shared/format";
import { changesPath } from "~/shared/changes-path";
import { withBase } from "~/shared/url";
import type { ChangeKind, ChangeProvider } from "~/views/changes";

const optionsOf = new WeakMap<readonly ChangeProvider[], { html: string; at: Map<string, number> }>();

/** The select's options after "All providers", `selected` the provider filtered on. */
export function providerOptionsHtml(providers: readonly ChangeProvider[], selected: string | undefined): string {
  // Written once; each page marks its provider (where its option's value ends) in a copy.
  let options = optionsOf.get(providers);
  if (!options) {
    let html = "";
    const at = new Map<string, number>();
    for (const p of providers) {
      html += `<option value="${escapeHtml(p.id)}"`;
      at.set(p.id, html.length);
      html += ` data-kinds="${escapeHtml([...p.kinds].join(","))}">${escapeHtml(p.name)}</option>`;
    }
    optionsOf.set(providers, (options = { html, at }));
  }
  const i = selected === undefined ? undefined : options.at.get(selected);
  return i === undefined ? options.html : `${options.html.slice(0, i)} selected${options.html.slice(i)}`;
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
