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
  inputImage: perMillion("Image input tokens, where billed apart from text input"),
  outputImage: perMillion("Image output tokens (generated images), never the text output price"),
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

const usd = (what: string) =>
  z
    .number({ error: "must be a number of US dollars" })
    .nonnegative({ error: "must not be negative" })
    .optional()
    .describe(`USD ${what}. 0 is free; absent is unknown.`);

/** Prices in a unit of their own (not tokens): each key says its unit. */
export const unitPriceShape = {
  perImage: usd("per input image"),
  perImageOutput: usd("per generated image, where one price applies to every size and quality"),
  perRequest: usd("per request, on top of token prices"),
  perMillionCharacters: usd("per 1M characters of input text (speech synthesis)"),
  perAudioMinute: usd("per minute of audio (transcription, speech)"),
  perAudioSecond: usd("per second of audio"),
  perVideoSecond: usd("per second of generated video"),
  perThousandSearches: usd("per 1,000 searches or queries"),
  perThousandDocuments: usd("per 1,000 documents (rerank)"),
};
export type UnitPriceKey = keyof typeof unitPriceShape;
export const UNIT_PRICE_KEYS = Object.keys(unitPriceShape) as UnitPriceKey[];

/** The price of one generated image at one size and quality. */
export const ImagePrice = z
  .strictObject({
    size: z
      .string()
      .regex(/^\d+x\d+$|^(auto|\d+K)$/, { error: "must be WIDTHxHEIGHT (1024x1536), a resolution like 2K, or auto" })
      .optional()
      .describe("Output size, e.g. '1024x1536' or '2K'. Absent: any size."),
    quality: z.string().min(1).max(40).optional().describe("Quality setting, e.g. 'low', 'medium', 'high'."),
    price: z.number().nonnegative().describe("USD per generated image."),
  })
  .describe("USD per generated image at one size and quality.");
export type ImagePrice = z.infer<typeof ImagePrice>;

export const PriceEntry = z
  .strictObject({
    from: PastDate.describe("The day these prices took effect (or were first observed, for imported data)."),
    ...tokenPriceShape,
    ...unitPriceShape,
    imagePrices: z
      .array(ImagePrice)
      .min(1)
      .optional()
      .describe("USD per generated image by size and quality, where the price depends on them."),
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
export const ENTRY_PRICE_KEYS: readonly (PriceDimension | UnitPriceKey)[] = [...PRICE_DIMENSIONS, ...UNIT_PRICE_KEYS];
export type EntryPriceKey = PriceDimension | UnitPriceKey;

/** True when two entries carry the same prices (ignoring date, source and note). */
export function samePrices(a: PriceEntry, b: PriceEntry): boolean {
  for (const key of ENTRY_PRICE_KEYS) if (a[key] !== b[key]) return false;
  if (JSON.stringify(a.imagePrices ?? []) !== JSON.stringify(b.imagePrices ?? [])) return false;
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
