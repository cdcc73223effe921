/**
 * The shapes the site publishes under `/api/`: a model with its offerings (`/api/models/<id>.json`)
 * and the whole catalog with current prices (`/api/catalog.json`). Output shapes (defaults applied),
 * documented like the record schemas; their JSON Schemas are published under `/schemas/`.
 */
import { z } from "zod";
import { Capabilities, IsoDate, Limits, Modalities, ModelKind, Status, StatusDates } from "./common";
import { Model, ModelProse } from "./model";
import { Offering } from "./offering";
import { PriceEntry } from "./prices";
import { apiMetaShape } from "./api-files";

const Ref = z.strictObject({
  id: z.string().min(1).describe("Id, as in the URL."),
  name: z.string().min(1).describe("Display name."),
});

/** A history entry a plausibility rule holds as disputed: kept and published, never the current price. */
export const ApiDisputed = z
  .strictObject({
    from: IsoDate.describe("The date of the held history entry."),
    flags: z
      .array(
        z.strictObject({
          rule: z
            .enum(["range", "jump", "currency", "non-token", "cache-above-input"])
            .describe("The plausibility rule that held it (see /data-quality/)."),
          field: z.string().describe("The price field the rule concerns."),
          value: z.number().describe("The value upstream lists, USD per 1M tokens."),
          message: z.string().describe("What the rule saw."),
        }),
      )
      .min(1),
  })
  .describe("A disputed price: held for review until a curated decision clears it.");
export type ApiDisputed = z.infer<typeof ApiDisputed>;

/** One offering inside a model's API file: the record, its id and provider, and its current prices. */
export const ApiOffering = Offering.omit({ model: true })
  .extend({
    id: z.string().min(1).describe("Offering id, `<provider>/<model id at the provider>`."),
    provider: Ref.describe("The provider serving it."),
    subscription: z
      .literal(true)
      .optional()
      .describe("Paid through a subscription plan: a price of 0 means included in the plan, not free."),
    current: PriceEntry.nullable().describe(
      "The current prices: the last history entry not disputed, or null when no such price is known.",
    ),
    disputed: z
      .array(ApiDisputed)
      .optional()
      .describe("History entries held as disputed (they stay in `prices`, marked here), oldest first."),
  })
  .describe("An offering with its full price history.");
export type ApiOffering = z.infer<typeof ApiOffering>;

export const ApiModel = Model.extend({
  ...apiMetaShape,
  id: z.string().min(1).describe("Model id, `<creator>/<slug>`."),
  creator: Ref.nullable().describe(
    "Who made the model; null when the sources do not say (`creatorUnknown`: the id is namespaced by the provider that serves it, which did not make it).",
  ),
  prose: ModelProse.extend({ overview: z.string().describe("The overview, in Markdown.") })
    .optional()
    .describe("Curated prose, where written."),
  offerings: z.array(ApiOffering).describe("Every provider serving it, first party first; retired ones included."),
  benchmarkRanks: z
    .record(z.string(), z.strictObject({ rank: z.int().positive(), of: z.int().positive() }).nullable())
    .describe("Rank of the model's best score per benchmark among all models with a score (1 = best)."),
}).describe("A model as published at /api/models/<creator>/<slug>.json.");
export type ApiModel = z.infer<typeof ApiModel>;

/** `/api/models/<old id>.json` of a model id merged into another: where the model is now. */
export const ApiModelRedirect = z
  .strictObject({
    ...apiMetaShape,
    id: z.string().min(1).describe("The old model id."),
    redirect: z.string().min(1).describe("The canonical model id: the same model, with every offering."),
    url: z.url().describe("Absolute URL of the canonical model's profile page."),
    api: z.url().describe("Absolute URL of the canonical model's API file."),
  })
  .describe("A model id that was found to be the same model as another: a redirect to the canonical model.");
export type ApiModelRedirect = z.infer<typeof ApiModelRedirect>;

export const ApiCatalogOffering = z
  .strictObject({
    id: z.string().min(1).describe("Offering id."),
    provider: Ref,
    apiId: z.string().min(1).describe("The model id to send to this provider's API."),
    status: Status,
    statusDates: StatusDates.optional(),
    current: PriceEntry.nullable().describe(
      "Current prices (USD per 1M tokens; absent is unknown): the last entry not disputed, or null when none is known.",
    ),
    disputed: z
      .array(ApiDisputed.extend({ prices: PriceEntry.describe("The held entry as upstream lists it.") }))
      .optional()
      .describe("History entries held as disputed, with their prices; never the current price."),
  })
  .describe("An offering and its current prices.");

export const ApiCatalogModel = z
  .strictObject({
    id: z.string().min(1).describe("Model id, `<creator>/<slug>`."),
    name: z.string().min(1),
    creator: Ref.nullable().describe("Who made the model; null when the sources do not say."),
    kind: ModelKind.optional().describe(
      "What the model does, and so the unit its prices are in (chat, embedding, image, speech, transcription, video, rerank, moderation, realtime). Absent is unknown.",
    ),
    family: z.string().optional(),
    status: Status,
    releaseDate: IsoDate.optional(),
    limits: Limits.optional(),
    embeddingDimensions: z.int().positive().optional().describe("For an embedding model: the length of its vectors."),
    modalities: Modalities.optional(),
    capabilities: Capabilities.optional(),
    url: z.url().describe("Absolute URL of the model's profile page."),
    offerings: z.array(ApiCatalogOffering),
  })
  .describe("A model with its offerings' current prices.");

export const Snapshot = z
  .strictObject({
    built: IsoDate.describe("The day this file was built."),
    lastVerified: IsoDate.nullable().describe("The latest day any record was checked by a person or an import."),
    imports: z
      .array(z.strictObject({ name: z.string(), commit: z.string().optional(), retrieved: IsoDate }))
      .describe("Upstream datasets in the catalog and the snapshot (commit, date) last imported."),
  })
  .describe("How fresh the data is.");
export type Snapshot = z.infer<typeof Snapshot>;

export const ApiCatalog = z
  .strictObject({
    ...apiMetaShape,
    snapshot: Snapshot,
    models: z.array(ApiCatalogModel).describe("Every model, sorted by name."),
  })
  .describe("The whole catalog with current prices, as published at /api/catalog.json.");
export type ApiCatalog = z.infer<typeof ApiCatalog>;
