/** The catalog table's rows, built once from the views (server side). */
import type { Modality } from "../schemas";
import { CAPABILITIES, MODALITIES, type CatalogRow } from "./catalog-filter";
import type { CatalogViews, ModelView } from "./views";

const canonical = (list: readonly Modality[] | undefined) => (list ? MODALITIES.filter((m) => list.includes(m)) : null);

/** One model as a catalog row: cheapest live prices, providers with a live offering, model-level facts. */
export function catalogRow(m: ModelView): CatalogRow {
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
  };
}

const rowsCache = new WeakMap<CatalogViews, CatalogRow[]>();
/** Every model's row, sorted by name (the views' order). */
export function catalogRows(views: CatalogViews): CatalogRow[] {
  let rows = rowsCache.get(views);
  if (!rows) {
    rows = views.models.map(catalogRow);
    rowsCache.set(views, rows);
  }
  return rows;
}
