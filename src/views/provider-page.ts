/** What a provider page shows: its offerings (live ones first, by model name; large lists are cut) and the models it made. */
import type { ModelKind } from "~/schemas";
import { MODEL_KINDS } from "~/shared/vocabulary";
import type { CatalogViews, ModelView, OfferingView } from "./catalog-views";
import { isLive } from "~/shared/vocabulary";

export interface ProviderOffering {
  o: OfferingView;
  model: ModelView;
}

/** Offerings on the provider page itself; the rest go to /providers/<id>/offerings/. */
export const OFFERINGS_ON_PAGE = 300;

const live = (o: OfferingView) => isLive(o.entry.data.status);

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
  return { live: all.filter((x) => live(x.o)), retired: all.filter((x) => !live(x.o)) };
}

/** Live models a provider serves, per kind (chat first, unknown kinds left out): the page links each to the catalog filtered by both. */
export function servedKinds(live: readonly ProviderOffering[]): { kind: ModelKind; count: number }[] {
  const models = new Map<string, ModelKind>();
  for (const { model } of live) if (model.entry.data.kind) models.set(model.entry.id, model.entry.data.kind);
  return MODEL_KINDS.map((kind) => ({ kind, count: [...models.values()].filter((k) => k === kind).length })).filter(
    (k) => k.count > 0,
  );
}

/** Models made by a provider shown on its page; the catalog lists them all (filtered by creator). */
export const MADE_ON_PAGE = 60;

/** The models a provider made, for its page: all of them, or its newest MADE_ON_PAGE (then by name). */
export function modelsMadeShown(made: ModelView[]): ModelView[] {
  if (made.length <= MADE_ON_PAGE) return made;
  return [...made]
    .sort(
      (a, b) =>
        (b.entry.data.releaseDate ?? "").localeCompare(a.entry.data.releaseDate ?? "") ||
        a.entry.data.name.localeCompare(b.entry.data.name),
    )
    .slice(0, MADE_ON_PAGE);
}
