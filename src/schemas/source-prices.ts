import { z } from "zod";
import { PastDate, SchemaRef, Source } from "./common";
import { PriceHistory } from "./prices";

/**
 * One offering's prices as a second, independent source lists them (the LiteLLM price file):
 * `content/imported/<dataset>/prices/<provider>/<model id at the provider>.json`. Not a price
 * history of the offering: the catalog reads it to fill prices the offering's own history does
 * not list and to show where the sources disagree (src/catalog/second-source.ts).
 */
export const SourcePrices = z
  .strictObject({
    $schema: SchemaRef.optional(),
    offering: z.string().min(1).describe("The offering id, `<provider>/<model id at the provider>`."),
    key: z.string().min(1).describe("The source's own name for the model."),
    prices: PriceHistory.min(1).describe("The source's prices, dated by the version that listed them first."),
    removed: PastDate.optional().describe("The source stopped listing the key on this day; its prices are history."),
    sources: z.array(Source).min(1),
    verified: PastDate.describe("The newest version of the source read."),
  })
  .describe("Prices of one offering as a second source lists them.");
export type SourcePrices = z.infer<typeof SourcePrices>;
