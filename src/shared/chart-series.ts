/**
 * Price-history chart series: one step line per price dimension an offering has published.
 * Shared by the profile's chart (built at build time) and the compare page (built in the browser);
 * type-only imports keep it free of zod.
 */
import type { PriceEntry } from "~/schemas";

export type SeriesDimension = "input" | "output" | "cacheRead";

export interface ChartSeries {
  /** "<group> · <dimension>": the chart colours by group and dashes by dimension. */
  label: string;
  dimension: SeriesDimension;
  /** Where the line ends, if the offering was retired; otherwise it runs to today. */
  retired?: string;
  points: [string, number | null][];
}

export const SERIES_DIMENSIONS: readonly { key: SeriesDimension; label: string }[] = [
  { key: "input", label: "Input" },
  { key: "output", label: "Output" },
  { key: "cacheRead", label: "Cached input" },
];

/** The series of one offering's history, labelled with `group` (a provider or a model name). */
export function historySeries(group: string, prices: readonly PriceEntry[], retired?: string): ChartSeries[] {
  return SERIES_DIMENSIONS.filter((d) => prices.some((e) => e[d.key] !== undefined)).map((d) => ({
    label: `${group} · ${d.label}`,
    dimension: d.key,
    ...(retired ? { retired } : {}),
    points: prices.map((e) => [e.from, e[d.key] ?? null] as [string, number | null]),
  }));
}
