/** A provider's offerings, for its page: live ones first, by model name; large lists are cut. */
import type { CatalogViews, ModelView, OfferingView } from "./catalog-views";

export interface ProviderOffering {
  o: OfferingView;
  model: ModelView;
}

/** Offerings on the provider page itself; the rest go to /providers/<id>/offerings/. */
export const OFFERINGS_ON_PAGE = 300;

const isLive = (o: OfferingView) => o.entry.data.status !== "retired" && o.entry.data.status !== "delisted";

/** Every offering of a provider: live ones first, each group by model name then id. */
export function providerOfferings(
  views: CatalogViews,
  providerId: string,
): { live: ProviderOffering[]; retired: ProviderOffering[] } {
  const all = (views.offeringsByProvider.get(providerId) ?? [])
    .map((o) => ({ o, model: views.byId.get(o.entry.data.model)! }))
    .sort(
      (a, b) =>
        a.model.entry.data.name.localeCompare(b.model.entry.data.name) || a.o.entry.id.localeCompare(b.o.entry.id),
    );
  return { live: all.filter((x) => isLive(x.o)), retired: all.filter((x) => !isLive(x.o)) };
}
