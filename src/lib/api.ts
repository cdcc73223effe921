/** The public JSON of a model: its facts, its offerings, and each offering's full price history. */
import type { CatalogViews, ModelView } from "./views";

export function modelApiRecord(model: ModelView, views: CatalogViews) {
  const { entry } = model;
  return {
    id: entry.id,
    creator: { id: entry.creator, name: model.creatorName },
    ...entry.data,
    prose: entry.prose ? { ...entry.prose.data, overview: entry.prose.body } : undefined,
    offerings: model.offerings.map((o) => ({
      id: o.entry.id,
      provider: { id: o.entry.provider, name: o.providerName },
      ...o.entry.data,
      model: undefined,
      current: o.current ?? null,
    })),
    benchmarkRanks: Object.fromEntries(
      [...new Set((entry.data.benchmarks ?? []).map((r) => r.benchmark))].map((b) => [b, views.ranks.get(b)?.get(entry.id) ?? null]),
    ),
  };
}
