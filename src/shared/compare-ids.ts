/**
 * The compare page's state, held in its URL: `/compare/?models=<ref>,<ref>,...` where a ref is
 * - a model id, `openai/gpt-4.1-nano`: the model at its creator's own offering, else its cheapest one;
 * - a model at one provider, `openai/gpt-4.1-nano@azure`: that provider's (first live) offering;
 * - a model at one exact offering, `openai/gpt-4.1-nano@openrouter/openai/gpt-4.1-nano`.
 * Pure functions, shared by the page's script and the tests.
 */
import type { PriceEntry } from "~/schemas";
import { blendedPrice, cheapestOffering } from "./pricing";
import { isLive } from "./vocabulary";
import { withBase } from "./url";

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 8;
/** What the compare page says while it holds no model (in its HTML, and again from the script). */
export const EMPTY_COMPARE_NOTE = "Add two to eight models to compare them.";
/** localStorage key of the models compared last ("add to compare" appends to it). */
export const COMPARE_STORAGE_KEY = "atlas-compare";

const MODEL_ID = /^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/;
const SELECTOR = /^[a-z0-9][a-z0-9._:-]*(\/[A-Za-z0-9][A-Za-z0-9._:@-]*)*$/;

export interface CompareRef {
  /** The ref as written in the URL. */
  ref: string;
  modelId: string;
  /** A provider id or an offering id, when the ref names one. */
  at?: string;
}

export interface ParsedCompare {
  refs: CompareRef[];
  /** Refs that are not written as a model id (shown as a message, not fetched). */
  invalid: string[];
  /** Refs beyond MAX_COMPARE, dropped. */
  dropped: string[];
}

/** Reads the `models` parameter: comma-separated refs, blanks and repeats ignored, at most MAX_COMPARE. */
export function parseCompareParam(param: string | null | undefined): ParsedCompare {
  const refs: CompareRef[] = [];
  const invalid: string[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  for (const raw of (param ?? "").split(",")) {
    const ref = raw.trim();
    if (!ref || seen.has(ref)) continue;
    seen.add(ref);
    const at = ref.indexOf("@");
    const modelId = at === -1 ? ref : ref.slice(0, at);
    const selector = at === -1 ? undefined : ref.slice(at + 1);
    if (!MODEL_ID.test(modelId) || (selector !== undefined && !SELECTOR.test(selector))) {
      invalid.push(ref);
      continue;
    }
    if (refs.length >= MAX_COMPARE) {
      dropped.push(ref);
      continue;
    }
    refs.push(selector ? { ref, modelId, at: selector } : { ref, modelId });
  }
  return { refs, invalid, dropped };
}

/**
 * The ref of a model at one offering: the exact offering (`model@offering`) when its id can be written
 * in a ref, else the offering's provider (`model@provider`).
 */
export function compareRef(modelId: string, offering: { id: string; provider: string }): string {
  return `${modelId}@${SELECTOR.test(offering.id) ? offering.id : offering.provider}`;
}

/** The URL for a list of refs; slashes and @ stay readable. */
export function compareUrl(refs: readonly string[]): string {
  if (!refs.length) return withBase("/compare/");
  return withBase(
    `/compare/?models=${refs.map((r) => encodeURIComponent(r).replace(/%2F/g, "/").replace(/%40/g, "@")).join(",")}`,
  );
}

/** The parts of an offering the choice needs (the API file's offering shape). */
export interface OfferingLike {
  id: string;
  provider: { id: string };
  status: string;
  current: PriceEntry | null;
  subscription?: boolean;
}

const live = (o: OfferingLike) => isLive(o.status);

/**
 * The creator's own live, priced offering (its list price), when the creator sells the model:
 * what compare and the calculator show a model at unless a provider is chosen.
 */
export function ownOffering<T extends OfferingLike>(offerings: readonly T[], creator?: string): T | undefined {
  return creator
    ? offerings.find((o) => o.provider.id === creator && live(o) && o.current && !o.subscription)
    : undefined;
}

/**
 * The offering a ref stands for. With `at`: the offering with that id, or else the first live (then
 * any) offering of that provider; undefined when none matches. Without: the creator's own offering
 * (`ownOffering`), else the cheapest offering by blended (3:1) price, then by input price
 * (`cheapestOffering`: live, no subscription plans, paid before free), then the first live one
 * with a price.
 */
export function chooseOffering<T extends OfferingLike>(
  offerings: readonly T[],
  at?: string,
  creator?: string,
): T | undefined {
  if (at) {
    const exact = offerings.find((o) => o.id === at);
    if (exact) return exact;
    const atProvider = offerings.filter((o) => o.provider.id === at);
    return atProvider.find(live) ?? atProvider[0];
  }
  return (
    ownOffering(offerings, creator) ??
    cheapestOffering(offerings, blendedPrice)?.offering ??
    cheapestOffering(offerings, (e) => e.input)?.offering ??
    offerings.find((o) => live(o) && o.current) ??
    offerings.find(live) ??
    offerings[0]
  );
}

/** For each row of a comparison, which values are best: the lowest (prices) or highest (limits), ignoring unknowns. */
export function bestIndexes(values: readonly (number | null | undefined)[], better: "lower" | "higher"): Set<number> {
  const known = values.filter((v): v is number => typeof v === "number");
  if (known.length < 2) return new Set();
  const best = better === "lower" ? Math.min(...known) : Math.max(...known);
  if (known.every((v) => v === best)) return new Set();
  return new Set(values.flatMap((v, i) => (v === best ? [i] : [])));
}

/**
 * `bestIndexes` within each group (the models of one kind): an embedding's input price is never
 * "best" against a chat model's. One group is the plain case.
 */
export function bestIndexesByGroup(
  values: readonly (number | null | undefined)[],
  better: "lower" | "higher",
  groups: readonly string[],
): Set<number> {
  const out = new Set<number>();
  for (const g of new Set(groups))
    for (const i of bestIndexes(
      values.map((v, k) => (groups[k] === g ? v : null)),
      better,
    ))
      out.add(i);
  return out;
}

/** A row of `/api/model-names.json`: id, name, creator name, number of live offerings, and 1 when retired. */
export type IndexRow = [id: string, name: string, creator: string, offerings: number, retired?: 1];

/**
 * Models matching what the user typed: every word must appear in the name, id or creator
 * (case-insensitive). Names that start with the query come first, then live models, then models more
 * providers serve (the canonical entry before a reseller's copy), then shorter names.
 */
export function searchModels(index: readonly IndexRow[], query: string, limit = 12): IndexRow[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const words = q.split(/\s+/);
  const hits: { row: IndexRow; rank: number }[] = [];
  for (const row of index) {
    const name = row[1].toLowerCase();
    const hay = `${name} ${row[0]} ${row[2].toLowerCase()}`;
    if (!words.every((w) => hay.includes(w))) continue;
    const rank = (name.startsWith(q) || row[0].split("/")[1]!.startsWith(q) ? 0 : 2) + (row[4] ? 1 : 0);
    hits.push({ row, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank || b.row[3] - a.row[3] || a.row[1].length - b.row[1].length || a.row[0].localeCompare(b.row[0]),
  );
  return hits.slice(0, limit).map((h) => h.row);
}
