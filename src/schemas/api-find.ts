/**
 * `/api/find.json` (live offerings) and `/api/find-ended.json` (retired and delisted ones): what the
 * /find/ page and the MCP server's `find_cheapest` rank. Each model's facts a requirement can ask about
 * and each offering's current prices, sources kept once in a table.
 */
import { z } from "zod";
import { Capabilities, IsoDate, Limits, Modalities, ModelKind, Source, Status } from "./common";
import { PriceTier, tokenPriceShape } from "./prices";
import { apiMetaShape } from "./api-files";

const FindPrices = z
  .strictObject({
    from: IsoDate.describe("The day these prices took effect (or were first observed)."),
    ...tokenPriceShape,
    perImage: z.number().nonnegative().optional(),
    perImageOutput: z.number().nonnegative().optional(),
    perRequest: z.number().nonnegative().optional(),
    tiers: z.array(PriceTier).optional(),
    source: z.int().nonnegative().describe("Index into `sources`: where these prices were read."),
  })
  .describe("An offering's current prices, USD per 1M tokens; absent is unknown, 0 is free.");

export const ApiFindOffering = z
  .strictObject({
    id: z.string().min(1).describe("Offering id, `<provider>/<model id at the provider>`."),
    provider: z.string().min(1).describe("Provider id (a key of `providers`)."),
    status: Status,
    subscription: z.literal(true).optional().describe("Paid through a subscription plan: never ranked by cost."),
    current: FindPrices.nullable().describe("Current prices, or null when none is known."),
    limits: Limits.optional().describe("Limits where this provider differs from the model."),
    modalities: Modalities.optional().describe("Modalities where this provider differs from the model."),
    capabilities: Capabilities.optional().describe("Capabilities where this provider differs from the model."),
  })
  .describe("One offering of the model.");

export const ApiFindModel = z
  .strictObject({
    id: z.string().min(1).describe("Model id, `<creator>/<slug>`."),
    name: z.string().min(1),
    creatorName: z.string().nullable().describe("The maker's name; null when the sources do not say who made it."),
    status: Status,
    kind: ModelKind.optional().describe("What the model does (chat, embedding, image, ...); absent is unknown."),
    openWeights: z.boolean().optional(),
    license: z.string().optional().describe("Licence of the weights."),
    scores: z.record(z.string(), z.number()).optional().describe("Best published score per benchmark id."),
    limits: Limits.optional(),
    modalities: Modalities.optional(),
    capabilities: Capabilities.optional(),
    offerings: z.array(ApiFindOffering).min(1),
  })
  .describe("A model and its offerings in this file's scope.");

export const ApiFind = z
  .strictObject({
    ...apiMetaShape,
    built: IsoDate.describe("The day this file was built."),
    scope: z
      .enum(["live", "ended"])
      .describe("Which offerings this file holds: live ones, or retired and delisted ones."),
    providers: z.record(z.string(), z.string()).describe("Provider id → name."),
    benchmarks: z
      .array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          unit: z.enum(["percent", "score", "elo"]),
          higherIsBetter: z.boolean(),
        }),
      )
      .describe("Benchmarks with at least one score in `models`."),
    sources: z.array(Source).describe("Every price source, referenced by index."),
    models: z.array(ApiFindModel),
  })
  .describe("What /find/ ranks: models with the facts requirements ask about and their offerings' current prices.");
export type ApiFind = z.infer<typeof ApiFind>;
export type ApiFindModel = z.infer<typeof ApiFindModel>;
