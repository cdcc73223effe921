/**
 * What pages need, precomputed once from the merged catalog: offerings per model, cheapest prices,
 * benchmark ranks, families, similar models, change logs. Pure functions of a Catalog.
 */
import type { Capabilities, Limits, Modalities, PriceEntry } from "~/schemas";
import type { Catalog, ModelEntry, OfferingEntry } from "~/catalog/load-catalog";
import { blendedPrice, cheapestOffering } from "~/shared/pricing";
import { trustedCurrent, type PriceFlag } from "~/shared/plausibility";
import { isLive } from "~/shared/vocabulary";

export interface OfferingView {
  entry: OfferingEntry;
  providerName: string;
  /** The current prices: the last history entry not held as disputed (undefined when none is left). */
  current?: PriceEntry;
  /** Entries held by a plausibility rule, by date: never the current price. */
  disputed: ReadonlyMap<string, PriceFlag[]>;
  /** Whether the model's creator serves this offering itself. */
  firstParty: boolean;
  /** Paid through a subscription plan: its token prices of 0 mean "included in the plan", not free. */
  subscription: boolean;
  limits: Limits;
  modalities?: Modalities;
  capabilities: Capabilities;
}

export interface Cheapest {
  price: number;
  offering: OfferingView;
}

export interface ModelView {
  entry: ModelEntry;
  creatorName: string;
  offerings: OfferingView[];
  /** Active offerings only; retired ones are listed apart. */
  active: OfferingView[];
  /** Providers with an active offering (a provider serving it under several ids counts once). */
  activeProviders: number;
  /** Model ids merged into this one (identity): their pages redirect here. */
  formerIds?: string[];
  cheapestInput?: Cheapest;
  cheapestOutput?: Cheapest;
  /** Active offerings whose input and output are both free. */
  freeAt: OfferingView[];
  /** Blended 3:1 price of the cheapest active offering that publishes input and output. */
  blended?: number;
}

export interface CatalogViews {
  catalog: Catalog;
  models: ModelView[];
  byId: Map<string, ModelView>;
  /** benchmark id → model id → rank (1 = best), by each model's best score. */
  ranks: Map<string, Map<string, { rank: number; of: number }>>;
  families: Map<string, ModelView[]>;
  offeringsByProvider: Map<string, OfferingView[]>;
  /** Models by maker (models of unknown maker are under no one). */
  modelsByCreator: Map<string, ModelView[]>;
  /** Old model ids merged into a canonical model (identity), each with the model it redirects to. */
  redirects: { id: string; creator: string; slug: string; name: string; to: ModelView }[];
}

/** The cheapest live price of one dimension (see `cheapestOffering` for the rule). */
function cheapest(offerings: OfferingView[], key: "input" | "output"): Cheapest | undefined {
  return cheapestOffering(offerings, (e) => e[key]);
}

/**
 * An imported model says nothing of its own status; when every one of its offerings is retired or
 * delisted, it is retired too, since the last of those dates. Curated models keep what they say.
 */
function withDerivedStatus(entry: ModelEntry, offerings: OfferingView[]): ModelEntry {
  if (entry.origin === "curated" || entry.data.status !== "active" || offerings.length === 0) return entry;
  if (offerings.some((o) => isLive(o.entry.data.status))) return entry;
  const dates = offerings
    .map((o) => o.entry.data.statusDates?.retired)
    .filter((d): d is string => !!d)
    .sort();
  const retired = dates[dates.length - 1];
  return {
    ...entry,
    data: {
      ...entry.data,
      status: "retired",
      ...(retired ? { statusDates: { ...entry.data.statusDates, retired } } : {}),
    },
  };
}

const NO_DISPUTES: ReadonlyMap<string, PriceFlag[]> = new Map();

export function buildViews(catalog: Catalog): CatalogViews {
  const byModel = new Map<string, OfferingEntry[]>();
  for (const o of catalog.offerings.values()) {
    const list = byModel.get(o.data.model) ?? [];
    list.push(o);
    byModel.set(o.data.model, list);
  }
  const models: ModelView[] = [];
  const byId = new Map<string, ModelView>();
  const offeringsByProvider = new Map<string, OfferingView[]>();
  for (const entry of [...catalog.models.values()].sort(
    (a, b) => a.data.name.localeCompare(b.data.name) || a.id.localeCompare(b.id),
  )) {
    const offerings: OfferingView[] = (byModel.get(entry.id) ?? []).map((o) => ({
      entry: o,
      providerName: catalog.providers.get(o.provider)?.data.name ?? o.provider,
      current: trustedCurrent(o.data.prices, o.trust?.disputed ?? NO_DISPUTES),
      disputed: o.trust?.disputed ?? NO_DISPUTES,
      firstParty: o.provider === entry.creator,
      subscription: catalog.providers.get(o.provider)?.data.billing === "subscription",
      limits: { ...entry.data.limits, ...o.data.limits },
      modalities: o.data.modalities ?? entry.data.modalities,
      capabilities: { ...entry.data.capabilities, ...o.data.capabilities },
    }));
    offerings.sort(
      (a, b) =>
        Number(b.firstParty) - Number(a.firstParty) ||
        Number(isLive(b.entry.data.status)) - Number(isLive(a.entry.data.status)) ||
        (a.current?.input ?? Infinity) - (b.current?.input ?? Infinity) ||
        a.entry.id.localeCompare(b.entry.id),
    );
    const active = offerings.filter((o) => isLive(o.entry.data.status));
    const view: ModelView = {
      entry: withDerivedStatus(entry, offerings),
      creatorName: catalog.providers.get(entry.creator)?.data.name ?? entry.creator,
      offerings,
      active,
      activeProviders: new Set(active.map((o) => o.entry.provider)).size,
      cheapestInput: cheapest(active, "input"),
      cheapestOutput: cheapest(active, "output"),
      freeAt: active.filter((o) => !o.subscription && o.current?.input === 0 && o.current?.output === 0),
    };
    const blended = cheapestOffering(active, blendedPrice);
    if (blended) view.blended = blended.price;
    models.push(view);
    byId.set(entry.id, view);
    for (const o of offerings) {
      const list = offeringsByProvider.get(o.entry.provider) ?? [];
      list.push(o);
      offeringsByProvider.set(o.entry.provider, list);
    }
  }

  const ranks = new Map<string, Map<string, { rank: number; of: number }>>();
  for (const [benchmarkId, benchmark] of catalog.benchmarks) {
    const best = new Map<string, number>();
    for (const m of models) {
      for (const r of m.entry.data.benchmarks ?? []) {
        if (r.benchmark !== benchmarkId) continue;
        const prev = best.get(m.entry.id);
        const better = prev === undefined || (benchmark.data.higherIsBetter ? r.score > prev : r.score < prev);
        if (better) best.set(m.entry.id, r.score);
      }
    }
    const sorted = [...best].sort((a, b) => (benchmark.data.higherIsBetter ? b[1] - a[1] : a[1] - b[1]));
    const table = new Map<string, { rank: number; of: number }>();
    sorted.forEach(([id, score], i) => {
      const firstEqual = sorted.findIndex(([, s]) => s === score);
      table.set(id, { rank: (firstEqual === -1 ? i : firstEqual) + 1, of: sorted.length });
    });
    ranks.set(benchmarkId, table);
  }

  const families = new Map<string, ModelView[]>();
  const modelsByCreator = new Map<string, ModelView[]>();
  for (const m of models) {
    if (m.entry.data.family) {
      const list = families.get(m.entry.data.family) ?? [];
      list.push(m);
      families.set(m.entry.data.family, list);
    }
    // A model of unknown maker is namespaced by a host, which did not make it.
    if (m.entry.data.creatorUnknown) continue;
    const list = modelsByCreator.get(m.entry.creator) ?? [];
    list.push(m);
    modelsByCreator.set(m.entry.creator, list);
  }
  const redirects = [...(catalog.redirects ?? new Map<string, ModelEntry>()).values()]
    .filter((r) => byId.has(r.data.mergedInto!))
    .map((r) => ({ id: r.id, creator: r.creator, slug: r.slug, name: r.data.name, to: byId.get(r.data.mergedInto!)! }))
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const r of redirects) (r.to.formerIds ??= []).push(r.id);
  return { catalog, models, byId, ranks, families, offeringsByProvider, modelsByCreator, redirects };
}

/** Family siblings of a model (itself excluded), newest first. */
export function siblings(views: CatalogViews, model: ModelView): ModelView[] {
  const family = model.entry.data.family;
  if (!family) return [];
  return (views.families.get(family) ?? [])
    .filter((m) => m !== model)
    .sort((a, b) => (b.entry.data.releaseDate ?? "").localeCompare(a.entry.data.releaseDate ?? ""));
}

/**
 * The family siblings a profile shows when the family is large: at most `limit`, the ones most like
 * this model first (the same kind, still served, released nearest to it), listed newest first.
 * `total` is the whole family but this model (the family page lists them all).
 */
export function nearestSiblings(
  views: CatalogViews,
  model: ModelView,
  limit = 12,
): { shown: ModelView[]; total: number } {
  const all = siblings(views, model);
  if (all.length <= limit) return { shown: all, total: all.length };
  const day = (m: ModelView) => Date.parse(m.entry.data.releaseDate ?? "") || undefined;
  const here = day(model);
  const distance = (m: ModelView) => {
    const d = day(m);
    return here === undefined || d === undefined ? Infinity : Math.abs(d - here);
  };
  const kind = model.entry.data.kind ?? "chat";
  const penalty = (m: ModelView) =>
    ((m.entry.data.kind ?? "chat") === kind ? 0 : 2) + (isLive(m.entry.data.status) ? 0 : 1);
  const chosen = new Set(
    [...all]
      .sort((a, b) => penalty(a) - penalty(b) || distance(a) - distance(b) || a.entry.id.localeCompare(b.entry.id))
      .slice(0, limit),
  );
  return { shown: all.filter((m) => chosen.has(m)), total: all.length };
}

/** Models that can stand in for each other: same kind, same input modalities and the same tool-calling answer. */
function similarityKey(m: ModelView): string {
  const inputs = [...new Set(m.entry.data.modalities?.input ?? [])].sort().join("+");
  return `${m.entry.data.kind ?? "unknown"}|${inputs}|${String(m.entry.data.capabilities?.toolCalling)}`;
}

/** Priced, non-retired models grouped by similarity key, each group sorted by blended price. Built once. */
const similarityIndex = new WeakMap<CatalogViews, Map<string, ModelView[]>>();
function groupsFor(views: CatalogViews): Map<string, ModelView[]> {
  let groups = similarityIndex.get(views);
  if (!groups) {
    groups = new Map();
    for (const m of views.models) {
      if (m.blended === undefined || !isLive(m.entry.data.status)) continue;
      const key = similarityKey(m);
      const list = groups.get(key) ?? [];
      list.push(m);
      groups.set(key, list);
    }
    for (const list of groups.values())
      list.sort((a, b) => a.blended! - b.blended! || a.entry.id.localeCompare(b.entry.id));
    similarityIndex.set(views, groups);
  }
  return groups;
}

/** Index of the first model in `sorted` (by blended price) priced at `price` or more; its length if none. */
function firstAtLeast(sorted: readonly ModelView[], price: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.blended! < price) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Models like this one: same input modalities and tool calling, blended price within a factor of 3,
 * closest in price first. Family siblings are left out (they have their own table).
 */
export function similarModels(views: CatalogViews, model: ModelView, limit = 6): ModelView[] {
  if (model.blended === undefined) return [];
  const group = groupsFor(views).get(similarityKey(model)) ?? [];
  const family = model.entry.data.family;
  const price = model.blended;
  const distance = (m: ModelView) =>
    price === 0 || m.blended === 0 ? (m.blended === price ? 0 : Infinity) : Math.abs(Math.log(m.blended! / price));
  // Walk outwards from this model's price position, nearest first, within a factor of 3.
  let hi = firstAtLeast(group, price);
  let lo = hi - 1;
  const out: ModelView[] = [];
  const fits = (m: ModelView) =>
    m !== model && (!family || m.entry.data.family !== family) && m.blended! <= price * 3 && m.blended! >= price / 3;
  while (out.length < limit && (lo >= 0 || hi < group.length)) {
    const a = lo >= 0 ? group[lo] : undefined;
    const b = hi < group.length ? group[hi] : undefined;
    const pick = !b || (a && distance(a) <= distance(b)) ? a! : b;
    if (pick === a) lo--;
    else hi++;
    if (distance(pick) === Infinity || pick.blended! > price * 3 || pick.blended! < price / 3) {
      if (pick === a) lo = -1;
      else hi = group.length;
      continue;
    }
    if (fits(pick)) out.push(pick);
  }
  return out;
}
