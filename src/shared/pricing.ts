/**
 * Cost maths, in one place. Prices are USD per 1M tokens; a price that is absent is unknown.
 * A calculation that needs an unknown price returns `null` (unknown), never a lower number.
 */
import type { PriceEntry, PriceDimension, PriceTier } from "~/schemas";
import { isLive } from "./vocabulary";

/** The prices that apply to one request, after choosing its context tier. */
export type AppliedPrices = Partial<Record<PriceDimension, number>> & { perRequest?: number; tier?: PriceTier };

/** The current prices of a history: its last entry (one source of truth). */
export function currentEntry(history: readonly PriceEntry[]): PriceEntry | undefined {
  return history[history.length - 1];
}

/**
 * Picks the prices for a request of `inputTokens` prompt tokens (`outputTokens` more for a context tier).
 * Above a tier's threshold the tier's prices apply; a dimension the tier does not give is unknown
 * there (we never carry a cheaper base price into a tier).
 */
export function pricesForRequest(entry: PriceEntry, inputTokens: number, outputTokens = 0): AppliedPrices {
  let tier: PriceTier | undefined;
  for (const t of entry.tiers ?? []) {
    const counted = t.basis === "context" ? inputTokens + outputTokens : inputTokens;
    if (counted > t.above) tier = t;
  }
  const from = tier ?? entry;
  const applied: AppliedPrices = {
    input: from.input,
    output: from.output,
    cacheRead: from.cacheRead,
    cacheWrite: from.cacheWrite,
    cacheWrite1h: from.cacheWrite1h,
    batchInput: from.batchInput,
    batchOutput: from.batchOutput,
    reasoning: from.reasoning,
    inputAudio: from.inputAudio,
    outputAudio: from.outputAudio,
    citation: from.citation,
    perRequest: entry.perRequest,
  };
  if (tier) applied.tier = tier;
  return applied;
}

export interface Request {
  /** All prompt tokens, cached ones included. */
  inputTokens: number;
  /** Of `inputTokens`, how many are read from the prompt cache. */
  cachedInputTokens?: number;
  /** Of `inputTokens`, how many are written to the prompt cache (billed at the cache-write price). */
  cacheWriteTokens?: number;
  outputTokens: number;
  /** Sent through the batch API. */
  batch?: boolean;
}

export interface Cost {
  /** USD for the request, or null when a needed price is unknown. */
  total: number | null;
  /** The price dimensions the request needed but the offering does not publish. */
  missing: string[];
  /** The tier applied, if any. */
  tier?: PriceTier;
}

/**
 * Cost of one request. Batch requests use the batch prices; the cache discount is not assumed for
 * them (cached tokens are billed at the batch input price), since providers differ on whether the
 * two stack. A token count of 0 needs no price.
 */
export function requestCost(entry: PriceEntry, request: Request): Cost {
  const p = pricesForRequest(entry, request.inputTokens, request.outputTokens);
  const cached = request.batch ? 0 : Math.min(request.cachedInputTokens ?? 0, request.inputTokens);
  const written = request.batch ? 0 : Math.min(request.cacheWriteTokens ?? 0, request.inputTokens - cached);
  const plain = request.inputTokens - cached - written;
  const parts: [number, number | undefined, string][] = request.batch
    ? [
        [plain, p.batchInput, "batch input"],
        [request.outputTokens, p.batchOutput, "batch output"],
      ]
    : [
        [plain, p.input, "input"],
        [cached, p.cacheRead, "cached input"],
        [written, p.cacheWrite, "cache write"],
        [request.outputTokens, p.output, "output"],
      ];
  const missing: string[] = [];
  let total = 0;
  for (const [tokens, price, name] of parts) {
    if (tokens <= 0) continue;
    if (price === undefined) missing.push(name);
    else total += (tokens * price) / 1_000_000;
  }
  total += p.perRequest ?? 0;
  return { total: missing.length ? null : total, missing, ...(p.tier ? { tier: p.tier } : {}) };
}

export interface Workload {
  /** Prompt tokens per request, cached ones included. */
  inputTokens: number;
  outputTokens: number;
  /** Share of input tokens read from cache, 0..1. */
  cacheShare: number;
  /** Share of input tokens written to the cache (billed at the cache-write price), 0..1; 0 when absent. */
  cacheWriteShare?: number;
  /** Share of requests sent through the batch API, 0..1. */
  batchShare: number;
  requestsPerDay: number;
}

export interface WorkloadCost {
  /** USD per request, averaged over the batch mix; null when a needed price is unknown. */
  perRequest: number | null;
  /** USD per 30-day month; null when unknown. */
  perMonth: number | null;
  /** Prices the workload needs that the offering does not publish. */
  missing: string[];
  /** The long-context tier the requests fall in, if any. */
  tier?: PriceTier;
}

/**
 * Cost of a workload per request and per 30-day month. Interactive requests read `cacheShare` of
 * their input from the cache and write `cacheWriteShare` to it; batch requests pay batch prices
 * (no cache discount, see `requestCost`). Shares are clamped to 0..1, and cache read plus write
 * to at most the whole input. Any needed unknown price makes the whole result unknown.
 */
export function workloadCost(entry: PriceEntry, w: Workload): WorkloadCost {
  const share = (x: number | undefined) => Math.min(1, Math.max(0, Number.isFinite(x) ? (x as number) : 0));
  const cacheShare = share(w.cacheShare);
  const writeShare = Math.min(share(w.cacheWriteShare), 1 - cacheShare);
  const batchShare = share(w.batchShare);
  const cachedInputTokens = Math.round(w.inputTokens * cacheShare);
  const cacheWriteTokens = Math.round(w.inputTokens * writeShare);
  const interactive = requestCost(entry, {
    inputTokens: w.inputTokens,
    cachedInputTokens,
    cacheWriteTokens,
    outputTokens: w.outputTokens,
  });
  const batch = requestCost(entry, { inputTokens: w.inputTokens, outputTokens: w.outputTokens, batch: true });
  const missing = [
    ...new Set([...(batchShare < 1 ? interactive.missing : []), ...(batchShare > 0 ? batch.missing : [])]),
  ];
  const tier = interactive.tier ?? batch.tier;
  const withTier = tier ? { tier } : {};
  if (missing.length) return { perRequest: null, perMonth: null, missing, ...withTier };
  const perRequest = (1 - batchShare) * (interactive.total ?? 0) + batchShare * (batch.total ?? 0);
  return { perRequest, perMonth: perRequest * w.requestsPerDay * 30, missing: [], ...withTier };
}

/** Blended price per 1M tokens at `inputParts`:`outputParts` (3:1 by default); null when unknown. */
export function blendedPrice(
  entry: Pick<PriceEntry, "input" | "output">,
  inputParts = 3,
  outputParts = 1,
): number | null {
  if (entry.input === undefined || entry.output === undefined) return null;
  return (entry.input * inputParts + entry.output * outputParts) / (inputParts + outputParts);
}

/** What the cheapest rule needs of an offering (a build-time view or an API file's offering). */
export interface PricedOffering {
  status?: string;
  current?: PriceEntry | null;
  /** Paid through a subscription plan: its 0 prices mean "in plan", so it never counts as cheapest. */
  subscription?: boolean;
  /** The creator's own API: wins a tie. */
  firstParty?: boolean;
}

/**
 * The one rule for "cheapest": among live offerings that are not subscription plans and publish the
 * price, the lowest. Free offerings (0, usually rate-limited trial tiers) count only when no offering
 * charges, so "cheapest" is what a paying user pays; a tie goes to the first-party offering, then to
 * the earlier one. Undefined when no offering publishes the price.
 */
export function cheapestOffering<T extends PricedOffering>(
  offerings: readonly T[],
  price: (entry: PriceEntry) => number | null | undefined,
): { offering: T; price: number } | undefined {
  const candidates = offerings.flatMap((offering) => {
    if (offering.subscription || !isLive(offering.status) || !offering.current) return [];
    const value = price(offering.current);
    return value === null || value === undefined ? [] : [{ offering, price: value }];
  });
  const paid = candidates.some((c) => c.price > 0);
  let best: { offering: T; price: number } | undefined;
  for (const c of candidates) {
    if (paid && c.price === 0) continue;
    if (!best || c.price < best.price || (c.price === best.price && c.offering.firstParty && !best.offering.firstParty))
      best = c;
  }
  return best;
}
