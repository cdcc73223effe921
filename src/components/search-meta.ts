/**
 * What pagefind indexes about a model or provider page beyond its visible text, as one HTML string
 * (SearchMeta.astro writes it with `set:html`; about 35 elements on every profile): metadata for the
 * result list, filter and sort values, and a hidden, heavily weighted block of the names and ids
 * people type (see src/views/search-terms.ts). Renders nothing visible.
 */
import type { ProviderEntry } from "~/catalog/load-catalog";
import { escapeHtml } from "~/shared/format";
import type { CatalogViews, ModelView } from "~/views/catalog-views";
import {
  identityWeight,
  idVariants,
  isPrimaryPage,
  modelFacets,
  modelIds,
  type SearchFacets,
} from "~/views/search-terms";

export type SearchMetaOf = { model: ModelView; views: CatalogViews } | { provider: ProviderEntry };

export function searchMetaHtml(of: SearchMetaOf): string {
  let facets: SearchFacets;
  let names: string[];
  let weight: number;
  if ("model" in of) {
    const { model, views } = of;
    facets = modelFacets(model);
    const ids = modelIds(model);
    names = [model.entry.data.name, ...ids, ...idVariants([model.entry.data.name, ...ids])];
    const primary = isPrimaryPage(model, views.modelsByCreator.get(model.entry.creator) ?? []);
    weight = identityWeight(primary);
    // Searchable metadata that pagefind boosts when the query covers it (metaWeights in the client).
    // The name's glued variants too, so `gpt 4.1 nano` (words gpt, 41, nano) covers it.
    if (primary)
      facets.meta.aka = [...new Set([model.entry.data.name, ...ids, ...idVariants([model.entry.data.name])])].join(" ");
  } else {
    const p = of.provider;
    facets = {
      meta: { name: p.data.name, kind: "provider", aka: `${p.data.name} ${p.id}` },
      filters: { type: ["Provider"] },
      sorts: {},
    };
    names = [p.data.name, p.id, ...idVariants([p.data.name, p.id])];
    weight = identityWeight(true);
  }
  const span = (attribute: string, key: string, value: string) =>
    `<span data-pagefind-${attribute}="${escapeHtml(`${key}:${value}`)}"></span>`;
  return (
    `<div hidden data-pagefind-weight="${weight}">${escapeHtml([...new Set(names)].join(" "))}</div>` +
    `<div hidden data-pagefind-ignore>` +
    Object.entries(facets.meta)
      .map(([key, value]) => span("meta", key, value))
      .join("") +
    Object.entries(facets.filters)
      .flatMap(([key, values]) => values.map((value) => span("filter", key, value)))
      .join("") +
    Object.entries(facets.sorts)
      .map(([key, value]) => span("sort", key, String(value)))
      .join("") +
    `</div>`
  );
}
