/**
 * What a profile says about prices from more than one source: which prices of an entry came from
 * another source than the entry's own (a second source or a provider-wide rule; `fieldSources`),
 * and where another source lists a different price than the one in force (`observations`).
 */
import type { PriceEntry, Source } from "~/schemas";
import { PRICE_INFO, type PriceKey } from "~/shared/vocabulary";
import type { OfferingView } from "./catalog-views";

export interface FieldSourceNote {
  /** "Batch input, Batch output". */
  labels: string;
  source: Source;
}

/** The entry's prices read from other sources, grouped by source, in table order. */
export function fieldSourceNotes(e: PriceEntry): FieldSourceNote[] {
  const groups = new Map<string, FieldSourceNote & { keys: PriceKey[] }>();
  for (const key of Object.keys(PRICE_INFO) as PriceKey[]) {
    const source = e.fieldSources?.[key as keyof NonNullable<PriceEntry["fieldSources"]>];
    if (!source) continue;
    const id = `${source.name}|${source.url ?? ""}`;
    const g = groups.get(id) ?? { labels: "", source, keys: [] };
    g.keys.push(key);
    groups.set(id, g);
  }
  return [...groups.values()].map(({ keys, source }) => ({
    labels: keys.map((k) => PRICE_INFO[k].label).join(", "),
    source,
  }));
}

export interface SourceDisagreement {
  offering: OfferingView;
  key: PriceKey;
  /** The price in force, and since when. */
  ours: number;
  oursFrom: string;
  /** What the other source lists, and since when. */
  theirs: number;
  theirsFrom: string;
  source: Source;
}

/**
 * Where another source's newest observation of a price differs from the price in force, one per
 * offering, price and source (its older observations are history).
 */
export function sourceDisagreements(offerings: readonly OfferingView[]): SourceDisagreement[] {
  const out: SourceDisagreement[] = [];
  for (const o of offerings) {
    const c = o.current;
    if (!c) continue;
    const newest = new Map<string, SourceDisagreement>();
    for (const ob of o.entry.data.observations ?? []) {
      const key = ob.field as PriceKey;
      const ours = c[key as keyof PriceEntry] as number | undefined;
      if (!(key in PRICE_INFO) || ours === undefined) continue;
      const id = `${key}|${ob.source.name}`;
      const prev = newest.get(id);
      if (!prev || ob.from >= prev.theirsFrom)
        newest.set(id, {
          offering: o,
          key,
          ours,
          oursFrom: c.from,
          theirs: ob.value,
          theirsFrom: ob.from,
          source: ob.source,
        });
    }
    out.push(...[...newest.values()].filter((d) => d.theirs !== d.ours));
  }
  return out;
}
