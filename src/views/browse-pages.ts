/** What the static model browser pages (/models/, /models/page/N/) render: the default view, paged. */
import { applyState, defaultState, paginate, PAGE_SIZE } from "~/shared/browse-state";
import { browseRows } from "./browse-rows";
import type { CatalogViews } from "./catalog-views";
import { isLive } from "~/shared/vocabulary";

const cache = new WeakMap<CatalogViews, ReturnType<typeof build>>();
/** The default view (every model but retired ones, by name) cut into pages, plus the filter options. Built once. */
export function browsePages(views: CatalogViews) {
  let pages = cache.get(views);
  if (!pages) cache.set(views, (pages = build(views)));
  return pages;
}

function build(views: CatalogViews) {
  const rows = applyState(browseRows(views), defaultState());
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const creators = [...views.modelsByCreator.keys()]
    .map((id) => ({ id, name: views.catalog.providers.get(id)?.data.name ?? id }))
    .sort(byName);
  const providers = [...views.offeringsByProvider]
    .filter(([, list]) => list.some((o) => isLive(o.entry.data.status)))
    .map(([id]) => ({ id, name: views.catalog.providers.get(id)?.data.name ?? id }))
    .sort(byName);
  return {
    total: rows.length,
    pages,
    page: (page: number) => ({ ...paginate(rows, page), total: rows.length }),
    creators,
    providers,
  };
}
