/**
 * Normalizes a models.dev `[cost]` table (any vintage of its key names) into our price fields.
 *
 * Every key is either mapped, or reported: a key we do not know is never silently dropped.
 * Absent stays absent (unknown); 0 stays 0 (free) — with one documented exception: the first
 * upstream schema required `inputCached` and `outputCached` on every model and wrote 0 where there
 * was no cache price at all (when upstream renamed them to `cache_read`/`cache_write` in June 2025,
 * nearly every 0 was dropped rather than carried over), so a legacy 0 there means "no price".
 */
import type { PriceEntry, PriceTier } from "~/schemas";
import type { Issue, Table } from "./types";

/** The price fields of an entry: everything but its date, source and note. */
export type PricePart = Omit<PriceEntry, "from" | "source" | "note">;
type TokenKey = Exclude<keyof PriceTier, "above" | "basis">;
type CostIssue = Omit<Issue, "path">;

/** Upstream token-price keys, current and legacy, and the dimension each one means. */
export const TOKEN_KEYS: Readonly<Record<string, TokenKey>> = {
  input: "input",
  output: "output",
  cache_read: "cacheRead",
  inputCached: "cacheRead", // legacy (2025): cache read
  cached_input: "cacheRead",
  cache_input: "cacheRead",
  cached: "cacheRead",
  cached_read: "cacheRead",
  cache_write: "cacheWrite",
  cached_write: "cacheWrite",
  outputCached: "cacheWrite", // legacy (2025): cache write (e.g. 3.75 beside a 3 input for Claude Sonnet)
  input_audio: "inputAudio",
  input_audio_token: "inputAudio",
  output_audio: "outputAudio",
  reasoning: "reasoning",
  citation: "citation",
  image: "outputImage", // 1M image-output tokens (Poe's nano-banana: output 12 beside image 120)
};

/** Legacy keys whose 0 meant "no price" (see the module comment). */
const ZERO_MEANS_ABSENT = new Set(["inputCached", "outputCached"]);

/** Known keys with no dimension in our schema: reported as skipped, with why. */
export const SKIPPED_KEYS: Readonly<Record<string, string>> = {};

/** Known keys in a unit of their own, and the field each one means. */
export const UNIT_KEYS: Readonly<Record<string, "perThousandSearches">> = {
  // Perplexity's `request = 5.0` is its price per 1,000 search queries, not a per-request price.
  request: "perThousandSearches",
};

/** Current key names: read first, so that a legacy duplicate never overrides them. */
const CANONICAL = new Set([
  "input",
  "output",
  "cache_read",
  "cache_write",
  "input_audio",
  "output_audio",
  "reasoning",
  "citation",
  "image",
]);

const isTable = (v: unknown): v is Table => !!v && typeof v === "object" && !Array.isArray(v);

function price(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Reads token prices from a table into `out`; returns the keys it did not handle. */
function readTokenPrices(
  table: Table,
  at: string,
  out: Partial<Record<TokenKey, number>>,
  issues: CostIssue[],
): string[] {
  const rest: string[] = [];
  const keys = Object.keys(table).sort(
    (a, b) => Number(!CANONICAL.has(a)) - Number(!CANONICAL.has(b)) || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const key of keys) {
    const dim = TOKEN_KEYS[key];
    if (!dim) {
      rest.push(key);
      continue;
    }
    const value = price(table[key]);
    if (value === undefined) {
      issues.push({
        kind: "invalid-value",
        key: `${at}${key}`,
        reason: `expected a non-negative number of US dollars, found ${JSON.stringify(table[key])}; not imported`,
      });
      continue;
    }
    if (value === 0 && ZERO_MEANS_ABSENT.has(key)) continue;
    if (out[dim] !== undefined) {
      if (out[dim] !== value) {
        issues.push({
          kind: "invalid-value",
          key: `${at}${key}`,
          reason: `duplicates ${dim} with another value (${value} vs ${out[dim]}); kept ${out[dim]}`,
        });
      }
      continue;
    }
    out[dim] = value;
  }
  return rest;
}

function tierFrom(raw: unknown, at: string, issues: CostIssue[]): PriceTier | undefined {
  if (!isTable(raw)) {
    issues.push({
      kind: "invalid-value",
      key: at.slice(0, -1),
      reason: "expected a table of tier prices; tier not imported",
    });
    return undefined;
  }
  let above: number | undefined;
  let basis: PriceTier["basis"] | undefined;
  const prices: Partial<Record<TokenKey, number>> = {};
  const rest = readTokenPrices(raw, at, prices, issues);
  for (const key of rest) {
    const value = raw[key];
    if (key === "tier" && isTable(value)) {
      // Current form: tier = { type = "context", size = 200_000 }. Some files leave the type out;
      // "context" is the only type upstream has ever used, so an absent type reads as "context".
      if (value.type === undefined || value.type === "context") basis = "context";
      else if (value.type === "input") basis = "input";
      else
        issues.push({
          kind: "invalid-value",
          key: `${at}tier.type`,
          reason: `unknown tier type ${JSON.stringify(value.type)}; tier not imported`,
        });
      above = typeof value.size === "number" ? value.size : undefined;
    } else if (key === "context" && isTable(value)) {
      // Early form: context = { min = 200_000 }.
      basis = "context";
      above = typeof value.min === "number" ? value.min : undefined;
    } else {
      issues.push({ kind: "unknown-cost-key", key: `${at}${key}`, reason: "unknown cost key in a tier; not imported" });
    }
  }
  if (!basis) return undefined;
  if (above === undefined || !Number.isInteger(above) || above <= 0) {
    issues.push({
      kind: "invalid-value",
      key: `${at}tier`,
      reason: "tier without a positive whole-token threshold; tier not imported",
    });
    return undefined;
  }
  return { above, basis, ...prices };
}

/**
 * Normalizes one `[cost]` table. Returns the price fields (possibly none) and every issue found.
 * `at` prefixes reported keys (`cost.` for a file, `history:<date> cost.` for a history event).
 */
export function normalizeCost(cost: unknown, at = "cost."): { prices: PricePart; issues: CostIssue[] } {
  const issues: CostIssue[] = [];
  if (!isTable(cost)) {
    if (cost !== undefined && cost !== null)
      issues.push({
        kind: "invalid-value",
        key: at.slice(0, -1),
        reason: "expected a table of prices; no prices imported",
      });
    return { prices: {}, issues };
  }
  const tokens: Partial<Record<TokenKey, number>> = {};
  const rest = readTokenPrices(cost, at, tokens, issues);
  const tiers: PriceTier[] = [];
  const units: Partial<Record<(typeof UNIT_KEYS)[string], number>> = {};
  for (const key of rest) {
    const value = cost[key];
    if (key === "tiers") {
      if (!Array.isArray(value)) {
        issues.push({ kind: "invalid-value", key: `${at}tiers`, reason: "expected an array of tiers; not imported" });
        continue;
      }
      value.forEach((raw, i) => {
        const tier = tierFrom(raw, `${at}tiers.${i}.`, issues);
        if (tier) tiers.push(tier);
      });
    } else if (key === "context_over_200k") {
      // Legacy: prices for requests above 200K tokens of context.
      const tier = isTable(value)
        ? tierFrom({ ...value, context: { min: 200_000 } }, `${at}context_over_200k.`, issues)
        : undefined;
      if (!isTable(value))
        issues.push({
          kind: "invalid-value",
          key: `${at}context_over_200k`,
          reason: "expected a table of prices; not imported",
        });
      if (tier) tiers.push(tier);
    } else if (key in UNIT_KEYS) {
      const value = price(cost[key]);
      if (value === undefined)
        issues.push({
          kind: "invalid-value",
          key: `${at}${key}`,
          reason: `expected a non-negative number of US dollars, found ${JSON.stringify(cost[key])}; not imported`,
        });
      else units[UNIT_KEYS[key]!] = value;
    } else if (key in SKIPPED_KEYS) {
      issues.push({ kind: "skipped-cost", key: `${at}${key}`, reason: SKIPPED_KEYS[key]! });
    } else {
      issues.push({
        kind: "unknown-cost-key",
        key: `${at}${key}`,
        reason: "unknown cost key; this price is not imported",
      });
    }
  }
  tiers.sort((a, b) => a.above - b.above);
  const unique = tiers.filter((t, i) => {
    if (i > 0 && tiers[i - 1]!.above === t.above) {
      issues.push({
        kind: "invalid-value",
        key: `${at}tiers`,
        reason: `two tiers above ${t.above} tokens; kept the first`,
      });
      return false;
    }
    return true;
  });
  const prices: PricePart = { ...tokens, ...units };
  if (unique.length) prices.tiers = unique;
  return { prices, issues };
}

/** True when a normalized cost carries no price at all. */
export function isEmptyPrice(p: PricePart): boolean {
  return Object.values(p).every((v) => v === undefined);
}
