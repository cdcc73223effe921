/**
 * Change logs: what changed in the catalog and when. Price changes are told apart from data
 * corrections where the data can show the difference (`classifyPriceChanges`); pages and the
 * Atom feed render the events built here.
 */
import type { Offering, PriceDimension, PriceEntry } from "~/schemas";
import { daysBetween, formatChange, formatTokenPrice } from "~/shared/format";
import type { CatalogViews, ModelView, OfferingView } from "./catalog-views";
import { priceLabel } from "~/shared/vocabulary";

/** A price that returns to its old value within this many days was a data error, not a price change. */
export const REVERT_DAYS = 7;

/** The dimensions change logs follow. */
export const CHANGE_DIMENSIONS = ["input", "output", "cacheRead"] as const satisfies readonly PriceDimension[];
export type ChangeDimension = (typeof CHANGE_DIMENSIONS)[number];

export interface ClassifiedChange {
  date: string;
  dimension: ChangeDimension;
  from: number;
  to: number;
  /** Percent change, e.g. -50; null when `from` is 0. */
  percent: number | null;
  /** A real price change, or a correction of the data (a reverted error, a disagreeing source). */
  kind: "price" | "correction";
  /** Why a correction is one, in words. */
  reason?: string;
}

const percent = (from: number, to: number) => (from === 0 ? null : ((to - from) / from) * 100);

/**
 * Classifies the changes of one offering's price history, oldest first.
 * - A change whose value comes back to the previous one within `revertDays` is a correction, and so is
 *   the change that reverts it (an upstream error fixed a few days later).
 * - Each observation (an imported price that disagrees with the curated one in force) is a correction
 *   on its date: the source was wrong, or the record keeps the official price over it.
 * - A paid price that drops to free and is later priced again is a correction too, however long the
 *   free listing lasted (a source's glitch, not a price cut); so is a drop to free read from an
 *   imported dataset (a snapshot with a commit), until it is priced again or a curated source says so.
 * Every other change between two known values is a price change. Changes to or from an unknown
 * value are not changes (we cannot say by how much, or whether at all).
 */
export function classifyPriceChanges(
  history: readonly PriceEntry[],
  observations: Offering["observations"] = [],
  revertDays = REVERT_DAYS,
): ClassifiedChange[] {
  const out: ClassifiedChange[] = [];
  for (const dimension of CHANGE_DIMENSIONS) {
    const steps: { date: string; from: number; to: number }[] = [];
    for (let i = 1; i < history.length; i++) {
      const from = history[i - 1]![dimension];
      const to = history[i]![dimension];
      if (from !== undefined && to !== undefined && from !== to) steps.push({ date: history[i]!.from, from, to });
    }
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      const next = steps[k + 1];
      // A paid price listed as free, then priced again (at any later date), was a data glitch.
      const freeGlitch = next && step.from > 0 && step.to === 0 && next.from === 0 && next.to > 0;
      if (freeGlitch) {
        out.push({
          ...step,
          dimension,
          percent: percent(step.from, step.to),
          kind: "correction",
          reason: `listed as free until ${next.date}, then priced again: a data glitch, not a price cut`,
        });
        out.push({
          ...next,
          dimension,
          percent: percent(next.from, next.to),
          kind: "correction",
          reason: `priced again after the free listing of ${step.date}`,
        });
        k++;
      } else if (step.from > 0 && step.to === 0 && history.find((e) => e.from === step.date)?.source.commit) {
        // An imported dataset listing a paid price as free, not yet priced again: usually a price
        // missing upstream, so it is reported as a correction until a source confirms the price cut.
        out.push({
          ...step,
          dimension,
          percent: percent(step.from, step.to),
          kind: "correction",
          reason: `listed as free by ${history.find((e) => e.from === step.date)!.source.name}: unconfirmed, not counted as a price cut`,
        });
      } else if (
        next &&
        next.to === step.from &&
        next.from === step.to &&
        daysBetween(step.date, next.date) <= revertDays
      ) {
        const days = daysBetween(step.date, next.date);
        out.push({
          ...step,
          dimension,
          percent: percent(step.from, step.to),
          kind: "correction",
          reason: `reverted ${days} day${days === 1 ? "" : "s"} later`,
        });
        out.push({
          ...next,
          dimension,
          percent: percent(next.from, next.to),
          kind: "correction",
          reason: `reverts the change of ${step.date}`,
        });
        k++;
      } else {
        out.push({ ...step, dimension, percent: percent(step.from, step.to), kind: "price" });
      }
    }
  }
  for (const ob of observations ?? []) {
    if (!(CHANGE_DIMENSIONS as readonly string[]).includes(ob.field)) continue;
    const dimension = ob.field as ChangeDimension;
    const kept = [...history].reverse().find((e) => e.from <= ob.from)?.[dimension];
    if (kept === undefined) continue;
    out.push({
      date: ob.from,
      dimension,
      from: ob.value,
      to: kept,
      percent: percent(ob.value, kept),
      kind: "correction",
      reason: `${ob.source.name} recorded ${ob.value}; the record keeps the official price`,
    });
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || CHANGE_DIMENSIONS.indexOf(a.dimension) - CHANGE_DIMENSIONS.indexOf(b.dimension),
  );
}

export type ChangeKind = "price" | "correction" | "added" | "retired";
export const CHANGE_KINDS: readonly ChangeKind[] = ["price", "correction", "added", "retired"];
export const CHANGE_KIND_LABEL: Record<ChangeKind, string> = {
  price: "Price changes",
  correction: "Data corrections",
  added: "New offerings",
  retired: "Retirements",
};

export interface ChangeEvent {
  date: string;
  kind: ChangeKind;
  offeringId: string;
  providerId: string;
  providerName: string;
  modelId: string;
  modelName: string;
  /** The price changes of this offering on this date (price and correction events), one per dimension. */
  changes: ClassifiedChange[];
}

function offeringEvents(model: ModelView, o: OfferingView): ChangeEvent[] {
  const base = {
    offeringId: o.entry.id,
    providerId: o.entry.provider,
    providerName: o.providerName,
    modelId: model.entry.id,
    modelName: model.entry.data.name,
  };
  // Disputed entries (held by a plausibility rule) are not price changes until a decision clears them.
  const all = o.entry.data.prices;
  const history = all.filter((e) => !o.disputed.has(e.from));
  const events: ChangeEvent[] = [];
  if (all.length) events.push({ ...base, date: all[0]!.from, kind: "added", changes: [] });
  // One event per date and kind, holding every dimension that changed that day.
  const grouped = new Map<string, ChangeEvent>();
  for (const change of classifyPriceChanges(history, o.entry.data.observations)) {
    const key = `${change.date}|${change.kind}`;
    let event = grouped.get(key);
    if (!event) {
      event = { ...base, date: change.date, kind: change.kind, changes: [] };
      grouped.set(key, event);
      events.push(event);
    }
    event.changes.push(change);
  }
  const retired = o.entry.data.statusDates?.retired;
  if (retired) events.push({ ...base, date: retired, kind: "retired", changes: [] });
  return events;
}

const KIND_ORDER: Record<ChangeKind, number> = { retired: 0, price: 1, correction: 2, added: 3 };
const newestFirst = (a: ChangeEvent, b: ChangeEvent) =>
  b.date.localeCompare(a.date) ||
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
  a.modelName.localeCompare(b.modelName) ||
  a.offeringId.localeCompare(b.offeringId);

/** One model's change log across its offerings, newest first. */
export function modelChanges(model: ModelView): ChangeEvent[] {
  return model.offerings.flatMap((o) => offeringEvents(model, o)).sort(newestFirst);
}

/** The whole catalog's change log, newest first (stable order within a day). Built once per views. */
const cache = new WeakMap<CatalogViews, ChangeEvent[]>();
export function catalogChanges(views: CatalogViews): ChangeEvent[] {
  let events = cache.get(views);
  if (!events) {
    events = views.models.flatMap((m) => m.offerings.flatMap((o) => offeringEvents(m, o))).sort(newestFirst);
    cache.set(views, events);
  }
  return events;
}

export interface ChangeProvider {
  id: string;
  name: string;
  /** How many changes of each kind this provider has (only the kinds it has, in CHANGE_KINDS order). */
  kinds: ReadonlyMap<ChangeKind, number>;
}

const providerCache = new WeakMap<CatalogViews, ChangeProvider[]>();

/** The providers that have changes, by name, each with its count of each kind of change. */
export function changeProviders(views: CatalogViews): ChangeProvider[] {
  let providers = providerCache.get(views);
  if (!providers) {
    const counts = new Map<string, Record<ChangeKind, number>>();
    for (const e of catalogChanges(views)) {
      let count = counts.get(e.providerId);
      if (!count) counts.set(e.providerId, (count = { price: 0, correction: 0, added: 0, retired: 0 }));
      count[e.kind]++;
    }
    providers = [...counts]
      .map(([id, count]) => ({
        id,
        name: views.catalog.providers.get(id)?.data.name ?? id,
        kinds: new Map(CHANGE_KINDS.filter((k) => count[k] > 0).map((k) => [k, count[k]])),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    providerCache.set(views, providers);
  }
  return providers;
}

/**
 * `/changes/providers.json`: what the listings' provider select offers, fetched by the select
 * (src/scripts/changes-provider.ts) rather than written into each of the ~660 listings, which
 * made every listing grow with the number of providers (at 50,000 synthetic models: 1,400
 * providers, 6,600 listings, 1.7 GB).
 */
export function changeProvidersFile(views: CatalogViews): ChangeProvidersFile {
  return changeProviders(views).map((p) => ({ id: p.id, name: p.name, kinds: Object.fromEntries(p.kinds) }));
}

export type ChangeProvidersFile = { id: string; name: string; kinds: Partial<Record<ChangeKind, number>> }[];

/** Events that pass a provider and a kind filter (undefined: any). */
export function filterChanges(
  events: readonly ChangeEvent[],
  filter: { provider?: string; kind?: ChangeKind },
): ChangeEvent[] {
  return events.filter(
    (e) => (!filter.provider || e.providerId === filter.provider) && (!filter.kind || e.kind === filter.kind),
  );
}

/** One line saying what happened, e.g. "OpenAI: input $0.10 → $0.05 (−50%), output …". */
export function describeChange(e: ChangeEvent): string {
  const what = e.changes
    .map(
      (c) =>
        `${priceLabel(c.dimension).toLowerCase()} ${formatTokenPrice(c.from)} → ${formatTokenPrice(c.to)} (${formatChange(c.from, c.to)})`,
    )
    .join(", ");
  switch (e.kind) {
    case "added":
      return `first listed at ${e.providerName}`;
    case "retired":
      return `retired at ${e.providerName}`;
    case "price":
      return `${e.providerName} price change: ${what}`;
    case "correction":
      return `${e.providerName} data correction: ${what}; ${[...new Set(e.changes.map((c) => c.reason))].join("; ")}`;
  }
}
