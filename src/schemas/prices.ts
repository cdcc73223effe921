import { z } from "zod";
import { Note, PastDate, Source } from "./common";

const perMillion = (what: string) =>
  z
    .number({ error: "must be a number of US dollars" })
    .nonnegative({ error: "must not be negative" })
    .optional()
    .describe(`${what}, USD per 1M tokens. 0 is free; absent is unknown.`);

/** Token prices that context tiers may replace. */
export const tokenPriceShape = {
  input: perMillion("Input tokens"),
  output: perMillion("Output tokens"),
  cacheRead: perMillion("Cached input tokens (cache read)"),
  cacheWrite: perMillion("Cache write, default (5-minute) lifetime"),
  cacheWrite1h: perMillion("Cache write, 1-hour lifetime"),
  batchInput: perMillion("Input tokens through the batch API"),
  batchOutput: perMillion("Output tokens through the batch API"),
  reasoning: perMillion("Reasoning tokens, where billed apart from output"),
  inputAudio: perMillion("Audio input tokens"),
  outputAudio: perMillion("Audio output tokens"),
  citation: perMillion("Citation tokens (search models)"),
};
export type PriceDimension = keyof typeof tokenPriceShape;
export const PRICE_DIMENSIONS = Object.keys(tokenPriceShape) as PriceDimension[];

export const TokenPrices = z.strictObject(tokenPriceShape);
export type TokenPrices = z.infer<typeof TokenPrices>;

/** Prices that apply above a threshold of tokens in one request. */
export const PriceTier = z
  .strictObject({
    above: z.int().positive().describe("Tokens in the request above which these prices apply."),
    basis: z
      .enum(["input", "context"])
      .default("input")
      .describe("What the threshold counts: prompt (input) tokens, or the whole context."),
    ...tokenPriceShape,
  })
  .describe("A long-context tier: prices for requests above a token threshold.");
export type PriceTier = z.infer<typeof PriceTier>;

export const PriceEntry = z
  .strictObject({
    from: PastDate.describe("The day these prices took effect (or were first observed, for imported data)."),
    ...tokenPriceShape,
    perImage: z.number().nonnegative().optional().describe("USD per input image. Absent is unknown."),
    perImageOutput: z.number().nonnegative().optional().describe("USD per generated image. Absent is unknown."),
    perRequest: z.number().nonnegative().optional().describe("USD per request, on top of token prices."),
    tiers: z.array(PriceTier).optional().describe("Long-context tiers, by ascending threshold."),
    source: Source.describe("Where these prices were read."),
    fieldSources: z
      .partialRecord(z.enum(Object.keys(tokenPriceShape) as [PriceDimension, ...PriceDimension[]]), Source)
      .optional()
      .describe(
        "Prices of this entry read from another source than `source` (a second source or a provider-wide rule filling a price the first does not list), by price key.",
      ),
    note: Note.optional(),
  })
  .superRefine((entry, ctx) => {
    const tiers = entry.tiers ?? [];
    for (let i = 1; i < tiers.length; i++) {
      if (tiers[i]!.above <= tiers[i - 1]!.above) {
        ctx.addIssue({
          code: "custom",
          path: ["tiers", i, "above"],
          message: `tiers must ascend by threshold (expected more than ${tiers[i - 1]!.above}, found ${tiers[i]!.above})`,
        });
      }
    }
  })
  .describe("The prices of one offering from one date on.");
export type PriceEntry = z.infer<typeof PriceEntry>;

/** Every priced key of an entry other than its date, source, note and tiers. */
export const ENTRY_PRICE_KEYS = [...PRICE_DIMENSIONS, "perImage", "perImageOutput", "perRequest"] as const;
export type EntryPriceKey = (typeof ENTRY_PRICE_KEYS)[number];

/** True when two entries carry the same prices (ignoring date, source and note). */
export function samePrices(a: PriceEntry, b: PriceEntry): boolean {
  for (const key of ENTRY_PRICE_KEYS) if (a[key] !== b[key]) return false;
  return JSON.stringify(a.tiers ?? []) === JSON.stringify(b.tiers ?? []);
}

/** A price history: sorted by date, one entry a date, no two consecutive entries alike. */
export const PriceHistory = z
  .array(PriceEntry)
  .superRefine((entries, ctx) => {
    for (let i = 1; i < entries.length; i++) {
      const prev = entries[i - 1]!;
      const cur = entries[i]!;
      if (cur.from < prev.from) {
        ctx.addIssue({
          code: "custom",
          path: [i, "from"],
          message: `history must be sorted by date (expected on or after ${prev.from}, found ${cur.from})`,
        });
      } else if (cur.from === prev.from) {
        ctx.addIssue({
          code: "custom",
          path: [i, "from"],
          message: `two history entries have the same date (expected one entry per date, found ${cur.from} twice)`,
        });
      } else if (samePrices(prev, cur)) {
        ctx.addIssue({
          code: "custom",
          path: [i],
          message: `entry repeats the prices of the one before (expected a change, found the same prices as ${prev.from})`,
        });
      }
    }
  })
  .describe("Price history, oldest first. The last entry is the current price.");
export type PriceHistory = z.infer<typeof PriceHistory>;
