/**
 * Price-history chart series: one step line per price dimension an offering has published.
 * Shared by the profile's chart (built at build time) and the compare page (built in the browser);
 * type-only imports keep it free of zod.
 */
import type { PriceEntry } from "~/schemas";
import { CHART_DIMENSIONS, priceLabel } from "./vocabulary";

export type SeriesDimension = (typeof CHART_DIMENSIONS)[number];

export interface ChartSeries {
  /** "<group> · <dimension>", the legend text. */
  label: string;
  /** The provider or model the series belongs to: the chart colours by group and dashes by dimension. */
  group: string;
  dimension: SeriesDimension;
  /** Where the line ends, if the offering was retired; otherwise it runs to today. */
  retired?: string;
  points: [string, number | null][];
}

export const SERIES_DIMENSIONS: readonly { key: SeriesDimension; label: string }[] = CHART_DIMENSIONS.map((key) => ({
  key,
  label: priceLabel(key),
}));

/** The series of one offering's history, labelled with `group` (a provider or a model name). */
export function historySeries(group: string, prices: readonly PriceEntry[], retired?: string): ChartSeries[] {
  return SERIES_DIMENSIONS.filter((d) => prices.some((e) => e[d.key] !== undefined)).map((d) => ({
    label: `${group} · ${d.label}`,
    group,
    dimension: d.key,
    ...(retired ? { retired } : {}),
    points: prices.map((e) => [e.from, e[d.key] ?? null] as [string, number | null]),
  }));
}
