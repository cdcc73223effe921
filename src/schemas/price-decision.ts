import { z } from "zod";
import { IsoDate, SchemaRef, Source } from "./common";
import { tokenPriceShape } from "./prices";

/**
 * A curated decision on a price a plausibility rule held as disputed: `accept` clears the hold
 * (the value is right, as the source shows); `correct` replaces the entry's prices with the
 * corrected ones from the source. Keyed by offering and the entry's date.
 */
export const PriceDecision = z
  .strictObject({
    offering: z.string().min(1).describe("The offering id, `<provider>/<model id at the provider>`."),
    from: IsoDate.describe("The date of the history entry decided on."),
    action: z.enum(["accept", "correct"]).describe("Accept the entry as it is, or correct its prices."),
    prices: z
      .strictObject(tokenPriceShape)
      .optional()
      .describe("For `correct`: the corrected prices, USD per 1M tokens (given keys replace the entry's)."),
    unset: z
      .array(
        z.enum(Object.keys(tokenPriceShape) as [keyof typeof tokenPriceShape, ...(keyof typeof tokenPriceShape)[]]),
      )
      .min(1)
      .optional()
      .describe(
        "For `correct`: price keys the entry must not have (e.g. `output` when upstream wrote an image-output token price there; the value moves to `outputImage` in `prices`).",
      ),
    reason: z.string().min(1).describe("Why, in one sentence."),
    source: Source.describe("Where the decision was checked."),
    decided: IsoDate.describe("When the decision was made."),
  })
  .superRefine((d, ctx) => {
    const given = d.prices ? Object.values(d.prices).filter((v) => v !== undefined).length : 0;
    if (d.action === "correct" && given === 0)
      ctx.addIssue({
        code: "custom",
        path: ["prices"],
        message: "a correction needs its prices (expected at least one price, found none)",
      });
    if (d.action === "accept" && d.unset)
      ctx.addIssue({
        code: "custom",
        path: ["unset"],
        message: "an accept decision keeps the entry as it is (expected no keys to unset, found some)",
      });
    if (d.action === "accept" && given > 0)
      ctx.addIssue({
        code: "custom",
        path: ["prices"],
        message: "an accept decision keeps the entry as it is (expected no prices, found some)",
      });
  })
  .describe("A curated decision on a disputed price.");
export type PriceDecision = z.infer<typeof PriceDecision>;

/** `content/curated/price-decisions.json`. */
export const PriceDecisions = z
  .strictObject({
    $schema: SchemaRef,
    decisions: z.array(PriceDecision).describe("Decisions, one per offering and entry date."),
  })
  .describe("Curated decisions on prices held by a plausibility rule.");
export type PriceDecisions = z.infer<typeof PriceDecisions>;
