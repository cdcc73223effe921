/**
 * Plausibility rules for prices, in one place. A price a rule flags is kept but held as disputed:
 * never the current price, never in cheapest, sorts, compare or the calculator, until a curated
 * decision (content/curated/price-decisions.json) clears it. Pure functions of a history and what
 * the catalog knows about its provider and model; no zod values, no Node modules.
 */
import type { PriceDimension, PriceEntry } from "~/schemas";
import { TOKEN_DIMENSIONS } from "./vocabulary";

/** The rules, by id. */
export type PlausibilityRule = "range" | "jump" | "currency" | "non-token" | "cache-above-input";

/** What each rule checks, in words (shown on the data-quality page and in reports). */
export const RULE_TEXT: Readonly<Record<PlausibilityRule, string>> = {
  range: "token price outside $0.0001–$1,000 per 1M tokens",
  jump: "price moved 20× or more (or to 1/20) in one step",
  currency: "currency in doubt: the provider may bill in another currency than US dollars",
  "non-token": "a non-token price (per image, per minute, per character) in a token field",
  "cache-above-input": "cached input costs more than input",
};

/** Token prices below this (USD per 1M tokens) are taken for per-token values or another unit; 0 is free and allowed. */
export const TOKEN_PRICE_MIN = 0.0001;
/** Token prices above this (USD per 1M tokens) are taken for a unit error. */
export const TOKEN_PRICE_MAX = 1000;
/** A step of this factor or more (up or down) in one dimension is held for review. */
export const JUMP_FACTOR = 20;
/** A step by a factor in this band in both input and output, at a provider that may bill in CNY, looks like a currency mix-up. */
export const CURRENCY_BAND: readonly [number, number] = [3, 12];

/** The token dimensions the rules check (USD per 1M tokens). */
export const CHECKED_DIMENSIONS = TOKEN_DIMENSIONS;
export type CheckedDimension = PriceDimension;

export interface PriceFlag {
  rule: PlausibilityRule;
  /** The field the rule concerns (the first one, where several do). */
  field: CheckedDimension;
  /** The value upstream lists for that field. */
  value: number;
  /** One sentence: what the rule saw. */
  message: string;
}

/** What the rules need to know beyond the history itself. */
export interface HistoryContext {
  /** The provider may bill in another currency than USD, and why we think so. */
  currencyDoubt?: { currency: "CNY" | "EUR"; reason: string };
  /** The model is not billed per token, and why we think so (its kind signals). */
  nonToken?: string;
  /**
   * The median current price of the same model at its other offerings, per dimension (at least two
   * of them). It decides which side of a jump is wrong; without it, both sides are held.
   */
  peers?: Partial<Record<CheckedDimension, number>>;
}

const fmt = (n: number) =>
  n >= 1 ? n.toLocaleString("en-US", { maximumFractionDigits: 2 }) : String(Number(n.toPrecision(3)));
const factor = (a: number, b: number) => (a >= b ? a / b : b / a);

/** Flags of one entry on its own: range, non-token, cache above input. */
function entryFlags(entry: PriceEntry, ctx: HistoryContext): PriceFlag[] {
  const flags: PriceFlag[] = [];
  for (const field of CHECKED_DIMENSIONS) {
    const value = entry[field];
    if (value === undefined || value === 0) continue;
    if (value < TOKEN_PRICE_MIN || value > TOKEN_PRICE_MAX) {
      flags.push({
        rule: "range",
        field,
        value,
        message: `${field} at $${fmt(value)} per 1M tokens is outside $0.0001–$1,000`,
      });
      break;
    }
  }
  if (ctx.nonToken) {
    const field = (["input", "output"] as const).find((f) => (entry[f] ?? 0) > 0);
    if (field)
      flags.push({
        rule: "non-token",
        field,
        value: entry[field]!,
        message: `${field} at $${fmt(entry[field]!)} in a per-token field, but ${ctx.nonToken}`,
      });
  }
  if (entry.cacheRead !== undefined && entry.input !== undefined && entry.cacheRead > entry.input)
    flags.push({
      rule: "cache-above-input",
      field: "cacheRead",
      value: entry.cacheRead,
      message: `cached input at $${fmt(entry.cacheRead)} costs more than input at $${fmt(entry.input)}`,
    });
  return flags;
}

/** A currency mix-up between two neighbouring entries: input and output both differ by a factor in CURRENCY_BAND, and this one is the higher. */
function currencyFlag(entry: PriceEntry, other: PriceEntry | undefined, ctx: HistoryContext): PriceFlag | undefined {
  if (!ctx.currencyDoubt || !other) return undefined;
  const [lo, hi] = CURRENCY_BAND;
  const ratios: number[] = [];
  for (const field of ["input", "output"] as const) {
    const a = entry[field];
    const b = other[field];
    if (!a || !b || a <= b) return undefined;
    ratios.push(a / b);
  }
  if (!ratios.every((r) => r >= lo && r <= hi)) return undefined;
  const range = `${fmt(Math.min(...ratios))}–${fmt(Math.max(...ratios))}×`;
  return {
    rule: "currency",
    field: "input",
    value: entry.input!,
    message: `input and output are ${range} the prices of ${other.from}, as a ${ctx.currencyDoubt.currency} list price would be (${ctx.currencyDoubt.reason})`,
  };
}

/**
 * Flags every entry of a history. `accepted` holds the dates (`from`) a curated decision accepted:
 * they are never flagged and serve as a base of the jump rule. The jump rule compares each
 * dimension with its last value in an entry not flagged (zeros aside: free is not a price level).
 * At a jump, the side farther from the model's price at its other offerings (`ctx.peers`) is held;
 * with no peers to tell, both sides are held, so neither becomes the current price unchecked.
 * Returns the flags of each flagged entry, by its date.
 */
export function flagHistory(
  history: readonly PriceEntry[],
  ctx: HistoryContext = {},
  accepted: ReadonlySet<string> = new Set(),
): Map<string, PriceFlag[]> {
  const out = new Map<string, PriceFlag[]>();
  const add = (from: string, flag: PriceFlag) => out.set(from, [...(out.get(from) ?? []), flag]);
  const base: Partial<Record<CheckedDimension, { value: number; from: string }>> = {};
  const distance = (a: number, b: number) => Math.abs(Math.log(a / b));
  history.forEach((entry, i) => {
    if (accepted.has(entry.from)) {
      for (const field of CHECKED_DIMENSIONS)
        if (entry[field]) base[field] = { value: entry[field]!, from: entry.from };
      return;
    }
    const flags = entryFlags(entry, ctx);
    const currency = currencyFlag(entry, history[i - 1], ctx) ?? currencyFlag(entry, history[i + 1], ctx);
    if (currency) flags.push(currency);
    for (const flag of flags) add(entry.from, flag);
    if (flags.length) return;
    for (const field of CHECKED_DIMENSIONS) {
      const value = entry[field];
      const before = base[field];
      if (!value || !before || factor(value, before.value) < JUMP_FACTOR) continue;
      const peer = ctx.peers?.[field];
      const step = `${field} moved from $${fmt(before.value)} on ${before.from} to $${fmt(value)} on ${entry.from} (${fmt(factor(value, before.value))}×)`;
      const peerText = peer === undefined ? "" : `; other providers' median is $${fmt(peer)}`;
      const holdNew = peer === undefined || distance(value, peer) > distance(before.value, peer);
      const holdOld = peer === undefined || !holdNew;
      if (holdOld && !accepted.has(before.from))
        add(before.from, { rule: "jump", field, value: before.value, message: `${step}${peerText}` });
      if (holdNew) add(entry.from, { rule: "jump", field, value, message: `${step}${peerText}` });
      if (holdNew) return;
    }
    for (const field of CHECKED_DIMENSIONS) if (entry[field]) base[field] = { value: entry[field]!, from: entry.from };
  });
  return out;
}

/** The index of the entry in force: the last one that is not disputed, or -1 when every entry is. */
export function trustedCurrentIndex(history: readonly PriceEntry[], disputed?: ReadonlyMap<string, unknown>): number {
  for (let i = history.length - 1; i >= 0; i--) if (!disputed?.has(history[i]!.from)) return i;
  return -1;
}

/** The current prices: the last entry that is not disputed, or undefined when every entry is. */
export function trustedCurrent(
  history: readonly PriceEntry[],
  disputed: ReadonlyMap<string, unknown>,
): PriceEntry | undefined {
  return history[trustedCurrentIndex(history, disputed)];
}

/** Hosts and ids that say a provider may bill in yuan: a `.cn` API or docs host, or an id ending `-cn`. */
export function currencyDoubtOf(
  providerId: string,
  provider: { apiBaseUrl?: string; docs?: string; pricingPage?: string } | undefined,
): HistoryContext["currencyDoubt"] {
  if (providerId.endsWith("-cn")) return { currency: "CNY", reason: `the provider id "${providerId}" ends in -cn` };
  for (const key of ["apiBaseUrl", "pricingPage", "docs"] as const) {
    const url = provider?.[key];
    if (!url) continue;
    const host = URL.canParse(url) ? new URL(url).hostname : "";
    if (host.endsWith(".cn")) return { currency: "CNY", reason: `its ${key} is on ${host}` };
  }
  return undefined;
}

/**
 * Families billed per image, per minute of audio or per character, never per token (the model's
 * kind, read from its name where the data gives no kind): Whisper transcription (per minute), Sarvam
 * Bulbul speech (per character), ResNet classification, FLUX, Stable Diffusion and DALL·E image
 * generation (per image or tile).
 */
const NON_TOKEN_NAMES: readonly [RegExp, string][] = [
  [/(^|[^a-z])whisper/, "Whisper transcription is billed per minute of audio"],
  [/(^|[^a-z])bulbul/, "Bulbul speech is billed per character"],
  [/(^|[^a-z])resnet/, "ResNet image classification is billed per image"],
  [/(^|[^a-z])flux/, "FLUX image generation is billed per image or tile"],
  [/stable-diffusion|(^|[^a-z])sdxl/, "Stable Diffusion image generation is billed per image or step"],
  [/dall-e/, "DALL·E image generation is billed per image"],
];

/**
 * Why a model is not billed per token, from its ids (model id, name, API ids), or undefined when it
 * may be. Modalities alone do not decide it: image and speech models with real per-token prices
 * exist (gpt-image-1, TTS previews); the range rule catches per-image values there.
 */
export function nonTokenReason(ids: readonly string[]): string | undefined {
  for (const id of ids) {
    const lower = id.toLowerCase();
    for (const [pattern, reason] of NON_TOKEN_NAMES) if (pattern.test(lower)) return reason;
  }
  return undefined;
}

/**
 * The key that groups an id with its aliases and snapshots at one provider: without a trailing
 * `-latest`, a date (`-2025-04-14`, `-20250414`, `@20250414`) or a four-digit `-MMDD` stamp.
 */
export function siblingKey(apiId: string): string {
  return apiId
    .toLowerCase()
    .replace(/-latest$/, "")
    .replace(/[-@](\d{4}-\d{2}-\d{2}|\d{8})$/, "")
    .replace(/-(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/, "");
}
