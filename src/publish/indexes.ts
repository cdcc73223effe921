/** The compact index files: model names (pickers), the catalog table's rows (/models/), the header search's names. */
import type { CatalogViews } from "~/views/catalog-views";
import { encodeIndex } from "~/shared/browse-index";
import { isLive } from "~/shared/vocabulary";
import { browseRows } from "~/views/browse-rows";
import { gluedTerms, type NameIndex, type NameRow } from "~/shared/name-search";
import { modelIds } from "~/views/search-terms";
import { apiMeta } from "./api-meta";

/** `/api/model-names.json`: `[id, name, creator, live offerings, (1 when retired)]` per model. */
export function modelNamesFile(views: CatalogViews, site: URL | string) {
  return {
    ...apiMeta("model-names", site),
    columns: ["id", "name", "creator", "liveOfferings", "retired"],
    models: views.models.map((m) => {
      const row: (string | number)[] = [m.entry.id, m.entry.data.name, m.creatorName, m.active.length];
      if (!isLive(m.entry.data.status)) row.push(1);
      return row;
    }),
  };
}

/** `/api/model-table.json`: the /models/ table's rows (see encodeIndex). */
export function modelTableFile(views: CatalogViews, site: URL | string) {
  const names = new Map([...views.catalog.providers.values()].map((p) => [p.id, p.data.name]));
  return { ...apiMeta("model-table", site), ...encodeIndex(browseRows(views), names) };
}

/** `/search/names.json`: the header search box's index (src/shared/name-search.ts); not an API file. */
export function searchNamesFile(views: CatalogViews): NameIndex {
  return {
    models: views.models.map((m) => {
      const row: NameRow = [
        m.entry.id,
        m.entry.data.name,
        m.creatorName,
        m.cheapestInput?.price ?? null,
        m.cheapestOutput?.price ?? null,
        m.entry.data.limits?.context ?? null,
        gluedTerms(m.entry.id, m.entry.data.name, modelIds(m)),
        m.active.length,
      ];
      if (!isLive(m.entry.data.status)) row.push(1);
      return row;
    }),
    providers: [...views.catalog.providers.values()].map((p) => [p.id, p.data.name]),
  };
}
