/**
 * The parts every file under `/api/` shares (`$schema`, `apiVersion`, `dataLicense`) and the shapes of
 * the smaller API files: the endpoint list, the model names, the catalog table and a price-history row.
 */
import { z } from "zod";
import { IsoDate, Status } from "./common";
import { tokenPriceShape, unitPriceShape } from "./prices";

export const License = z
  .strictObject({
    name: z.string().describe("Licence of the curated data, as an SPDX id: CC-BY-4.0."),
    url: z.url().describe("The licence's text."),
    terms: z
      .url()
      .describe("DATA-LICENSE in the repository: what it covers and the upstream notices kept with imported records."),
    attribution: z.string().describe("How to credit the data, upstream datasets included."),
  })
  .describe("Licence and attribution of the data.");
export type License = z.infer<typeof License>;

/** Keys at the top of every JSON file under /api/. */
export const apiMetaShape = {
  $schema: z.url().describe("Absolute URL of this file's JSON Schema."),
  apiVersion: z
    .literal(1)
    .describe("API version. Within a version, fields are only added, never removed, renamed or changed in meaning."),
  dataLicense: License.describe(
    "The licence of the data in this file (a model's own `license` is the licence of its weights).",
  ),
};

export const ApiEndpoint = z.strictObject({
  path: z.string().describe("Path under the site, `<creator>/<slug>` style placeholders in angle brackets."),
  format: z.enum(["json", "csv", "jsonl", "atom", "txt"]),
  description: z.string(),
  example: z.string().describe("Absolute URL of an example."),
  schema: z.url().optional().describe("Absolute URL of its JSON Schema (for JSONL: of one line)."),
});
export type ApiEndpoint = z.infer<typeof ApiEndpoint>;

export const ApiIndex = z
  .strictObject({
    ...apiMetaShape,
    endpoints: z.array(ApiEndpoint),
    deprecated: z.record(z.string(), z.string()).describe("Old path → the path that replaces it."),
  })
  .describe("Every endpoint of the API, as published at /api/index.json.");

export const ApiModelNames = z
  .strictObject({
    ...apiMetaShape,
    columns: z.tuple([
      z.literal("id"),
      z.literal("name"),
      z.literal("creator"),
      z.literal("liveOfferings"),
      z.literal("retired"),
    ]),
    models: z
      .array(
        z.union([
          z.tuple([z.string(), z.string(), z.string(), z.int()]),
          z.tuple([z.string(), z.string(), z.string(), z.int(), z.literal(1)]),
        ]),
      )
      .describe("One row per model: id, name, creator name, live offerings, and 1 when the model is retired."),
  })
  .describe("Every model's id, name and creator: a small list for pickers, as published at /api/model-names.json.");

const nullableNumber = z.number().nullable();
export const ApiModelTable = z
  .strictObject({
    ...apiMetaShape,
    v: z.literal(1).describe("Row format version."),
    creators: z.array(z.tuple([z.string(), z.string()])).describe("`[id, name]` of every creator; rows point into it."),
    providers: z
      .array(z.tuple([z.string(), z.string()]))
      .describe("`[id, name]` of every provider with a live offering."),
    rows: z
      .array(
        z.tuple([
          z.string(),
          z.string(),
          z.int(),
          z.array(z.int()),
          nullableNumber,
          nullableNumber,
          nullableNumber,
          nullableNumber,
          nullableNumber,
          nullableNumber,
          z.int(),
          z.union([z.literal(0), z.literal(1), z.null()]),
          z.string().nullable(),
          z.int(),
          z.int().nullable().optional(),
        ]),
      )
      .describe(
        "`[slug, name, creator index, provider indices, cheapest input, cheapest output, context, max output, input modality mask, output modality mask, capability mask, open weights (1/0/null), released, status index, kind index (into chat, embedding, image, speech, transcription, video, rerank, moderation, realtime)]`; null is unknown. Decoded by decodeIndex in src/shared/browse-state.ts.",
      ),
  })
  .describe("The catalog table's rows, compact, as published at /api/model-table.json.");

const priceColumns = Object.fromEntries(Object.keys(tokenPriceShape).map((k) => [k, z.number().nullable()])) as {
  [K in keyof typeof tokenPriceShape]: z.ZodNullable<z.ZodNumber>;
};
const unitColumns = Object.fromEntries(Object.keys(unitPriceShape).map((k) => [k, z.number().nullable()])) as {
  [K in keyof typeof unitPriceShape]: z.ZodNullable<z.ZodNumber>;
};
export const ApiPriceHistoryRow = z
  .strictObject({
    offering: z.string().describe("Offering id, `<provider>/<model id at the provider>`."),
    provider: z.string(),
    model: z.string().describe("Model id, `<creator>/<slug>`."),
    apiId: z.string(),
    status: Status.describe("The offering's status today."),
    from: IsoDate.describe("The day these prices took effect (or were first observed, for imported data)."),
    to: IsoDate.nullable().describe("The day the next entry took effect; null for the current prices."),
    ...priceColumns,
    ...unitColumns,
    imagePrices: z
      .array(z.record(z.string(), z.unknown()))
      .nullable()
      .describe("USD per generated image by size and quality, as in the record."),
    tiers: z.array(z.record(z.string(), z.unknown())).nullable().describe("Long-context tiers, as in the record."),
    sourceName: z.string(),
    sourceUrl: z.string().nullable(),
    sourceRetrieved: IsoDate,
    sourceCommit: z.string().nullable(),
    note: z.string().nullable(),
  })
  .describe(
    "One dated price entry of one offering: a line of /api/price-history.jsonl, a row of /api/price-history.csv. Prices are USD per 1M tokens; null is unknown (not published), 0 is free.",
  );
export type ApiPriceHistoryRow = z.infer<typeof ApiPriceHistoryRow>;
