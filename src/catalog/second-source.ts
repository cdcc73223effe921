/**
 * A second, independent source of prices in the catalog (DATA-MODEL.md, "Trust"): the records of
 * `content/imported/<dataset>/prices/` (the LiteLLM price file). The offering's own history stays
 * the price history; against its current entry (the last one no plausibility rule holds):
 * - a price the history never listed (batch, 1-hour cache write...) is filled from the second
 *   source's current entry, with that source in the entry's `fieldSources`;
 * - a price both list with different values is kept as an observation (never resolved silently),
 *   shown on the profile and on /data-quality/ with both dates.
 * A key the source no longer lists fills nothing. Records are not changed on disk.
 */
import type { Entry } from "./content";
import type { Catalog, OfferingEntry } from "./load-catalog";
import type { Problem } from "./problems";
import type { PriceDimension, PriceEntry, SourcePrices } from "~/schemas";
import { TOKEN_PRICE_MAX, TOKEN_PRICE_MIN, trustedCurrentIndex } from "~/shared/plausibility";
import { TOKEN_DIMENSIONS } from "~/shared/vocabulary";

/** What a second source says of one offering, for the views. */
export interface SecondSource {
  name: string;
  key: string;
  /** The source's current entry; absent when it no longer lists the key. */
  current?: PriceEntry;
  removed?: string;
  /** Prices it filled into the offering's current entry. */
  filled: PriceDimension[];
  /** Prices on which it disagrees with the offering's current entry. */
  disagrees: PriceDimension[];
}

/**
 * Prices a second source may fill. Not `reasoning`: the LiteLLM file lists a reasoning price equal
 * to the output price for models that bill reasoning as output, which would read as a charge apart.
 */
const FILLABLE: readonly PriceDimension[] = TOKEN_DIMENSIONS.filter((d) => d !== "reasoning");

const plausible = (v: number) => v === 0 || (v >= TOKEN_PRICE_MIN && v <= TOKEN_PRICE_MAX);

/** Fills and compares one offering against one second-source record (mutates the offering's data). */
export function applySecondSource(o: OfferingEntry, record: SourcePrices): SecondSource {
  const theirs = record.removed ? undefined : record.prices.at(-1);
  const out: SecondSource = {
    name: record.sources[0]!.name,
    key: record.key,
    current: theirs,
    removed: record.removed,
    filled: [],
    disagrees: [],
  };
  const i = trustedCurrentIndex(o.data.prices, o.trust?.disputed);
  if (!theirs || i < 0) return out;
  const ours = o.data.prices[i]!;
  const listedEver = new Set(o.data.prices.flatMap((e) => TOKEN_DIMENSIONS.filter((d) => e[d] !== undefined)));
  const filled: PriceEntry = { ...ours, fieldSources: { ...ours.fieldSources } };
  const observations = [...(o.data.observations ?? [])];
  for (const dim of TOKEN_DIMENSIONS) {
    const value = theirs[dim];
    if (value === undefined) continue;
    if (ours[dim] === undefined) {
      if (listedEver.has(dim) || !plausible(value) || !FILLABLE.includes(dim)) continue;
      filled[dim] = value;
      filled.fieldSources![dim] = { ...theirs.source, note: `listed there since ${theirs.from}` };
      out.filled.push(dim);
    } else if (ours[dim] !== value) {
      out.disagrees.push(dim);
      if (!observations.some((ob) => ob.field === dim && ob.value === value && ob.source.name === theirs.source.name))
        observations.push({ from: theirs.from, field: dim, value, source: theirs.source });
    }
  }
  const prices = [...o.data.prices];
  if (out.filled.length) prices[i] = filled;
  o.data = { ...o.data, prices, ...(observations.length ? { observations } : {}) };
  return out;
}

/** Applies every second-source record to its offering; a record naming no offering is an error. */
export function applySecondSources(catalog: Catalog, records: Entry<SourcePrices>[], problems: Problem[]): void {
  for (const r of records) {
    const file = r.files[r.files.length - 1]!;
    if (r.data.offering !== r.id) {
      problems.push({
        file,
        field: "offering",
        message: `names another offering than its path (expected "${r.id}", found "${r.data.offering}")`,
        level: "error",
      });
      continue;
    }
    const o = catalog.offerings.get(r.id);
    if (!o) {
      problems.push({
        file,
        field: "offering",
        message: `unknown offering (expected an offering record ${r.id} under offerings/, found none)`,
        level: "error",
      });
      continue;
    }
    o.second = [...(o.second ?? []), applySecondSource(o, r.data)];
  }
}
