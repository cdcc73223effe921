/** What the home page shows: the curated flagship models, the creators by model count, the catalog's size. */
import type { CatalogViews, ModelView } from "./catalog-views";

/** Whether a model has hand-written facts (a curated record of its own, or curated fields merged over an import). */
export const isCurated = (m: ModelView): boolean =>
  m.entry.origin === "curated" || m.entry.files.some((f) => f.startsWith("content/curated/"));

/** Curated models, newest release first. */
export function featuredModels(views: CatalogViews): ModelView[] {
  return views.models
    .filter(isCurated)
    .sort((a, b) => (b.entry.data.releaseDate ?? "").localeCompare(a.entry.data.releaseDate ?? ""));
}

/** Every creator with how many models it made, most first, then by name. */
export function creatorsByModelCount(views: CatalogViews): { id: string; name: string; count: number }[] {
  return [...views.modelsByCreator.entries()]
    .map(([id, models]) => ({ id, name: views.catalog.providers.get(id)?.data.name ?? id, count: models.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The catalog's size, for the headline. */
export function catalogStats(views: CatalogViews): { models: number; offerings: number; providers: number } {
  return {
    models: views.models.length,
    offerings: views.catalog.offerings.size,
    providers: views.catalog.providers.size,
  };
}
