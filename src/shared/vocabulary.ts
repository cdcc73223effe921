/**
 * The catalog's words, defined once: price dimensions with their labels and units, status labels,
 * and what "live" means. Every page, table, chart and browser script takes its labels from here, so
 * a label or a rule is never written out twice. Type-only imports keep this module free of zod.
 */
import type { ModelKind, PriceDimension, Status, UnitPriceKey } from "~/schemas";

/** A price field of a history entry: the token dimensions plus the prices with units of their own. */
export type PriceKey = PriceDimension | UnitPriceKey;

export interface PriceDimensionInfo {
  /** Column and legend label ("Cached input"). */
  label: string;
  /** The unit, as printed after a price ("per 1M tokens", "per image"). */
  unit: string;
  /** A token price (USD per 1M tokens), which the per-1K switch and token maths apply to. */
  perToken: boolean;
}

const token = (label: string): PriceDimensionInfo => ({ label, unit: "per 1M tokens", perToken: true });

/** Every price dimension, in the order tables show them. */
export const PRICE_INFO: Readonly<Record<PriceKey, PriceDimensionInfo>> = {
  input: token("Input"),
  cacheRead: token("Cached input"),
  cacheWrite: token("Cache write"),
  cacheWrite1h: token("Cache write (1 h)"),
  output: token("Output"),
  batchInput: token("Batch input"),
  batchOutput: token("Batch output"),
  reasoning: token("Reasoning"),
  inputAudio: token("Audio input"),
  outputAudio: token("Audio output"),
  citation: token("Citations"),
  inputImage: token("Image input"),
  outputImage: token("Image output"),
  perImage: { label: "Input image", unit: "per input image", perToken: false },
  perImageOutput: { label: "Generated image", unit: "per generated image", perToken: false },
  perRequest: { label: "Request", unit: "per request", perToken: false },
  perMillionCharacters: { label: "Characters", unit: "per 1M characters", perToken: false },
  perAudioMinute: { label: "Audio", unit: "per minute of audio", perToken: false },
  perAudioSecond: { label: "Audio", unit: "per second of audio", perToken: false },
  perVideoSecond: { label: "Video", unit: "per second of video", perToken: false },
  perThousandSearches: { label: "Searches", unit: "per 1,000 searches", perToken: false },
  perThousandDocuments: { label: "Documents", unit: "per 1,000 documents", perToken: false },
};

/** The prices with a unit of their own (not tokens), in table order. */
export const UNIT_PRICES: readonly UnitPriceKey[] = (Object.keys(PRICE_INFO) as PriceKey[]).filter(
  (key): key is UnitPriceKey => !PRICE_INFO[key].perToken,
);

/** The unit of a price by size and quality (`imagePrices`). */
export const IMAGE_PRICE_UNIT = "per generated image";

/** Display names of the model kinds (singular, as in "Embedding model"), in the order filters list them. */
export const KIND_LABELS: Readonly<Record<ModelKind, string>> = {
  chat: "Chat",
  embedding: "Embedding",
  image: "Image generation",
  speech: "Speech (text to speech)",
  transcription: "Transcription (speech to text)",
  video: "Video generation",
  rerank: "Rerank",
  moderation: "Moderation",
  realtime: "Realtime audio",
};

/** Every model kind, chat first. A model without a kind is unknown, never chat by default. */
export const MODEL_KINDS = Object.keys(KIND_LABELS) as ModelKind[];

/** Label of an unknown kind. */
export const UNKNOWN_KIND_LABEL = "Unknown kind";

/**
 * The price a model of each kind is chosen and sorted by: what "cheapest" compares (models of one
 * kind only). Chat and embeddings by input tokens (embeddings have no output price), images by the
 * generated image, speech by characters, transcription by audio minutes, video by seconds.
 */
export const KIND_HEADLINE_PRICE: Readonly<Record<ModelKind, PriceKey>> = {
  chat: "input",
  embedding: "input",
  image: "perImageOutput",
  speech: "perMillionCharacters",
  transcription: "perAudioMinute",
  video: "perVideoSecond",
  rerank: "perThousandSearches",
  moderation: "input",
  realtime: "inputAudio",
};

/** Whether a kind has a text output price at all (an embedding returns vectors: no output price, never "Free"). */
export const kindHasOutput = (kind: ModelKind | undefined): boolean => kind !== "embedding" && kind !== "rerank";

/** Every token price dimension (USD per 1M tokens), input and output first, then in table order. */
export const TOKEN_DIMENSIONS: readonly PriceDimension[] = [
  "input",
  "output",
  ...(Object.keys(PRICE_INFO) as PriceKey[]).filter(
    (key): key is PriceDimension => PRICE_INFO[key].perToken && key !== "input" && key !== "output",
  ),
];

/** The label of a price dimension. */
export const priceLabel = (key: PriceKey): string => PRICE_INFO[key].label;

/** The dimensions a price-history chart can draw, in legend order (the two main prices first). */
export const CHART_DIMENSIONS = ["input", "output", "cacheRead"] as const satisfies readonly PriceDimension[];

/** The key prices of compact tables, in reading order. */
export const KEY_DIMENSIONS = ["input", "cacheRead", "output"] as const satisfies readonly PriceDimension[];

/** Display names of the lifecycle statuses. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  active: "Active",
  preview: "Preview",
  deprecated: "Deprecated",
  retired: "Retired",
  delisted: "Delisted",
};

/** Every status, in lifecycle order. */
export const STATUSES = Object.keys(STATUS_LABELS) as Status[];

/** Statuses of something no longer served: listed apart and never the cheapest or the current choice. */
export const ENDED_STATUSES: readonly Status[] = ["retired", "delisted"];

/** Whether a model or offering with this status is still served (active, preview or deprecated). */
export const isLive = (status: Status | string | undefined): boolean =>
  !(ENDED_STATUSES as readonly string[]).includes(status ?? "active");

/** The date a status took effect, for the statuses that carry one. */
export function statusDateKey(status: Status): "deprecated" | "retired" | undefined {
  if (status === "deprecated") return "deprecated";
  return ENDED_STATUSES.includes(status) ? "retired" : undefined;
}
