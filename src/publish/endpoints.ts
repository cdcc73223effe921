/** Every endpoint of the open-data API, with an example and its schema: the source of /api/, /api/index.json and /llms.txt. */
import type { ApiEndpoint } from "~/schemas/api-files";
import { absoluteUrl } from "~/shared/url";
import { schemaUrl } from "./api-meta";

/** The model and provider the examples use (curated records, so they stay). */
export const EXAMPLE_MODEL = "openai/gpt-4.1-nano";
export const EXAMPLE_PROVIDER = "openai";

/** Old paths kept working (same content as the new one) until API version 2. */
export const DEPRECATED_PATHS: Record<string, string> = {
  "/api/model-index.json": "/api/model-names.json",
  "/api/models-index.json": "/api/model-table.json",
};

export interface EndpointDoc extends ApiEndpoint {
  /** Heading on /api/. */
  title: string;
}

export function apiEndpoints(site: URL | string): EndpointDoc[] {
  const abs = (path: string) => absoluteUrl(path, site);
  const e = (
    title: string,
    path: string,
    format: ApiEndpoint["format"],
    example: string,
    schema: string | undefined,
    description: string,
  ): EndpointDoc => ({
    title,
    path,
    format,
    description,
    example: abs(example),
    ...(schema ? { schema: schemaUrl(schema, site) } : {}),
  });
  return [
    e(
      "Endpoint list",
      "/api/index.json",
      "json",
      "/api/index.json",
      "api-index",
      "Every endpoint below, machine-readable.",
    ),
    e(
      "Catalog",
      "/api/catalog.json",
      "json",
      "/api/catalog.json",
      "catalog",
      "Every model with its limits, modalities, capabilities and each offering's current prices, plus how fresh the data is.",
    ),
    e(
      "Catalog (CSV)",
      "/api/catalog.csv",
      "csv",
      "/api/catalog.csv",
      undefined,
      "One row per offering with its current prices (USD per 1M tokens), status and source. An empty cell is unknown; 0 is free.",
    ),
    e(
      "One model",
      "/api/models/<creator>/<slug>.json",
      "json",
      `/api/models/${EXAMPLE_MODEL}.json`,
      "api-model",
      "A model's facts, prose, benchmark results and ranks, and every offering with its full price history.",
    ),
    e(
      "Price history (CSV)",
      "/api/price-history.csv",
      "csv",
      "/api/price-history.csv",
      "price-history-row",
      "Every dated price entry of every offering, retired ones included: one row per offering per entry, every price dimension, the dates it applied (from, to) and its source.",
    ),
    e(
      "Price history (JSON Lines)",
      "/api/price-history.jsonl",
      "jsonl",
      "/api/price-history.jsonl",
      "price-history-row",
      "The same rows as the CSV, one JSON object a line; the schema describes one line.",
    ),
    e(
      "Model names",
      "/api/model-names.json",
      "json",
      "/api/model-names.json",
      "model-names",
      "Every model's id, name, creator and number of live offerings: a small list for pickers and autocompletion.",
    ),
    e(
      "Model table",
      "/api/model-table.json",
      "json",
      "/api/model-table.json",
      "model-table",
      "The /models/ table's rows in a compact form (cheapest prices, context, modalities and capabilities as bit masks).",
    ),
    e(
      "Find: live offerings",
      "/api/find.json",
      "json",
      "/api/find.json",
      "find",
      "What /find/ ranks: every model with a live offering, the facts its requirements ask about (kind, modalities, capabilities, limits, open weights, licence, best benchmark scores) and each live offering's current prices, sources in a shared table.",
    ),
    e(
      "Find: ended offerings",
      "/api/find-ended.json",
      "json",
      "/api/find-ended.json",
      "find",
      "The same for retired and delisted offerings, for answers that include them.",
    ),
    e(
      "Changes feed",
      "/changes.xml",
      "atom",
      "/changes.xml",
      undefined,
      "Atom feed of the newest 100 changes across the catalog.",
    ),
    e(
      "Changes of a provider",
      "/providers/<id>/changes.xml",
      "atom",
      `/providers/${EXAMPLE_PROVIDER}/changes.xml`,
      undefined,
      "Atom feed of a provider's price changes, new offerings and retirements.",
    ),
    e(
      "Changes of a model",
      "/models/<creator>/<slug>/changes.xml",
      "atom",
      `/models/${EXAMPLE_MODEL}/changes.xml`,
      undefined,
      "Atom feed of a model's price changes at every provider.",
    ),
    e(
      "Record schemas",
      "/schemas/<entity>.json",
      "json",
      "/schemas/offering.json",
      undefined,
      "JSON Schemas of the records in the repository: provider, model, offering, benchmark, model-prose.",
    ),
    e(
      "For tools",
      "/llms.txt",
      "txt",
      "/llms.txt",
      undefined,
      "What the site holds and how to read its data, in plain text.",
    ),
  ];
}
