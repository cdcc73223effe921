/**
 * The catalog's words, defined once: price dimensions with their labels and units, status labels,
 * and what "live" means. Every page, table, chart and browser script takes its labels from here, so
 * a label or a rule is never written out twice. Type-only imports keep this module free of zod.
 */
import type { PriceDimension, Status } from "~/schemas";

/** A price field of a history entry: the token dimensions plus the prices with units of their own. */
export type PriceKey = PriceDimension | "perImage" | "perImageOutput" | "perRequest";

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
  perImage: { label: "Image input", unit: "per input image", perToken: false },
  perImageOutput: { label: "Generated image", unit: "per generated image", perToken: false },
  perRequest: { label: "Request", unit: "per request", perToken: false },
};

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
