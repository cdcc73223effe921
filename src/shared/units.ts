/**
 * How a price entry's fields are read for models that are not billed like chat models. Pure and
 * browser-safe; the importer applies it to what it writes and the catalog load to what was
 * committed before the rule existed, so one rule decides both.
 */
import type { Modality, ModelKind, PriceEntry } from "~/schemas";

/**
 * Whether an `output` token price of this model is the price of image output tokens: an image
 * generation model whose outputs are images only (gpt-image-*: upstream lists its 1M image-output
 * token price under `output`). A model that also writes text (the Gemini image models) keeps both
 * prices apart only where the source does; its `output` stays text output.
 */
export function outputIsImageTokens(kind: ModelKind | undefined, output: readonly Modality[] | undefined): boolean {
  return kind === "image" && !!output && output.includes("image") && !output.includes("text");
}

/** The entry with its `output` read as `outputImage` (when it has no `outputImage` of its own). */
export function readOutputAsImage<T extends Partial<PriceEntry>>(entry: T): T {
  if (entry.output === undefined || entry.outputImage !== undefined) return entry;
  const { output, ...rest } = entry;
  return { ...rest, outputImage: output } as T;
}

/** Kinds that return no generated output to price: an embedding returns vectors, a reranker scores. */
const NO_OUTPUT_KINDS: readonly (ModelKind | undefined)[] = ["embedding", "rerank"];

/**
 * The entry as its model's kind reads it: an image-only model's `output` is `outputImage`; an
 * embedding or rerank model's `output` of 0 is no price at all (upstream writes 0 where there is
 * nothing to bill, and 0 would read as "free output"). Anything else is returned as it is.
 */
export function readForKind<T extends Partial<PriceEntry>>(
  entry: T,
  kind: ModelKind | undefined,
  output: readonly Modality[] | undefined,
): T {
  if (outputIsImageTokens(kind, output)) return readOutputAsImage(entry);
  if (NO_OUTPUT_KINDS.includes(kind) && entry.output === 0) {
    const { output: _zero, ...rest } = entry;
    return rest as T;
  }
  return entry;
}

/**
 * Whether a committed entry and a fresh one say the same once the fresh reading of `output` is
 * applied to the committed one (moved to `outputImage`, or a 0 dropped): the committed entry stays
 * as written and the new reading is not a price change.
 */
export function sameAfterReading(
  committed: Partial<PriceEntry>,
  fresh: Partial<PriceEntry>,
  same: (a: Partial<PriceEntry>, b: Partial<PriceEntry>) => boolean,
): boolean {
  if (same(committed, fresh)) return true;
  if (fresh.output !== undefined || committed.output === undefined) return false;
  if (fresh.outputImage !== undefined && same(readOutputAsImage(committed), fresh)) return true;
  if (committed.output !== 0) return false;
  const { output: _zero, ...rest } = committed;
  return same(rest, fresh);
}

/** A history without entries that repeat the prices of the one before (a reading can make two alike). */
export function withoutRepeats<T extends PriceEntry>(entries: readonly T[]): T[] {
  return entries.filter((e, i) => i === 0 || !sameEntryPrices(entries[i - 1]!, e));
}

const PRICE_META = new Set(["from", "source", "note"]);
function sameEntryPrices(a: PriceEntry, b: PriceEntry): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !PRICE_META.has(k)));
  for (const k of keys)
    if (JSON.stringify(a[k as keyof PriceEntry]) !== JSON.stringify(b[k as keyof PriceEntry])) return false;
  return true;
}
