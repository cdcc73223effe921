/** The model browser table's rows, built once from the views (server side). */
import type { Modality } from "~/schemas";
import { CAPABILITIES, MODALITIES, type BrowseRow } from "~/shared/browse-state";
import type { CatalogViews, ModelView } from "./catalog-views";

const canonical = (list: readonly Modality[] | undefined) => (list ? MODALITIES.filter((m) => list.includes(m)) : null);

/** One model as a catalog row: cheapest live prices, providers with a live offering, model-level facts. */
export function browseRow(m: ModelView): BrowseRow {
  const d = m.entry.data;
  return {
    id: m.entry.id,
    name: d.name,
    creator: m.entry.creator,
    creatorName: m.creatorName,
    providers: [...new Set(m.active.map((o) => o.entry.provider))].sort(),
    input: m.cheapestInput?.price ?? null,
    output: m.cheapestOutput?.price ?? null,
    context: d.limits?.context ?? null,
    maxOutput: d.limits?.maxOutput ?? null,
    modalitiesIn: canonical(d.modalities?.input),
    modalitiesOut: canonical(d.modalities?.output),
    caps: CAPABILITIES.map(([k]) => k).filter((k) => d.capabilities?.[k] === true),
    openWeights: d.openWeights ?? null,
    released: d.releaseDate ?? null,
    status: d.status,
    kind: d.kind ?? null,
  };
}

const rowsCache = new WeakMap<CatalogViews, BrowseRow[]>();
/** Every model's row, sorted by name (the views' order). */
export function browseRows(views: CatalogViews): BrowseRow[] {
  let rows = rowsCache.get(views);
  if (!rows) {
    rows = views.models.map(browseRow);
    rowsCache.set(views, rows);
  }
  return rows;
}
