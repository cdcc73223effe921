import { z } from "zod";
import { IsoDate, SchemaRef, Source } from "./common";
import { tokenPriceShape, type PriceDimension } from "./prices";

const Dimension = z.enum(Object.keys(tokenPriceShape) as [PriceDimension, ...PriceDimension[]]);

/**
 * A provider-wide price rule its provider publishes ("the Batch API costs 50% of the standard
 * price"): it fills a price an offering's history does not list, from another price of the same
 * entry, for that provider's live offerings of text-generating models only, and cites the page.
 */
export const PriceRule = z
  .strictObject({
    provider: z.string().min(1).describe("The provider whose offerings the rule covers."),
    fill: Dimension.describe("The price the rule fills."),
    from: Dimension.describe("The price of the same entry it is computed from."),
    factor: z.number().positive().max(1).describe("The share of `from` the provider charges, e.g. 0.5."),
    ids: z.string().min(1).optional().describe("A regular expression the model id at the provider must match."),
    except: z
      .string()
      .min(1)
      .optional()
      .describe("A regular expression of model ids at the provider the rule does not cover (not batchable)."),
    rule: z.string().min(1).describe("The rule, in one sentence, as the source states it."),
    source: Source.describe("The provider's own page stating the rule."),
    decided: IsoDate.describe("When the rule was read and recorded."),
  })
  .describe("A provider-wide rule filling one price from another.");
export type PriceRule = z.infer<typeof PriceRule>;

export const PriceRules = z
  .strictObject({ $schema: SchemaRef.optional(), rules: z.array(PriceRule) })
  .describe("Provider-wide price rules (content/curated/price-rules.json).");
export type PriceRules = z.infer<typeof PriceRules>;
