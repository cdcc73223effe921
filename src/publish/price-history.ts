/**
 * Bulk price history: one row per offering per dated price entry, every dimension, its source and
 * its date. Published as `/api/price-history.jsonl` (one JSON object a line) and
 * `/api/price-history.csv` (the same rows, RFC 4180; an empty cell is unknown, 0 is free).
 */
import type { ApiPriceHistoryRow } from "~/schemas/api-files";
import { PRICE_DIMENSIONS, UNIT_PRICE_KEYS } from "~/schemas/prices";
import type { CatalogViews } from "~/views/catalog-views";
import type { CsvCell } from "./csv";

/** Every dated price entry of every offering, retired ones included: by model, offering, then date. */
export function priceHistoryRows(views: CatalogViews): ApiPriceHistoryRow[] {
  const rows: ApiPriceHistoryRow[] = [];
  for (const m of views.models) {
    for (const o of m.offerings) {
      const prices = o.entry.data.prices;
      prices.forEach((p, i) => {
        const row = {
          offering: o.entry.id,
          provider: o.entry.provider,
          model: m.entry.id,
          apiId: o.entry.data.apiId,
          status: o.entry.data.status,
          from: p.from,
          to: prices[i + 1]?.from ?? null,
        } as ApiPriceHistoryRow;
        for (const key of [...PRICE_DIMENSIONS, ...UNIT_PRICE_KEYS]) row[key] = p[key] ?? null;
        row.imagePrices = p.imagePrices ?? null;
        row.tiers = p.tiers?.length ? p.tiers : null;
        row.sourceName = p.source.name;
        row.sourceUrl = p.source.url ?? null;
        row.sourceRetrieved = p.source.retrieved;
        row.sourceCommit = p.source.commit ?? null;
        row.note = p.note ?? p.source.note ?? null;
        rows.push(row);
      });
    }
  }
  return rows;
}

/** Columns added with model kinds go after the first ones (CSV columns are only ever appended). */
const ADDED_TOKEN = ["inputImage", "outputImage"] as const;
const FIRST_TOKEN = PRICE_DIMENSIONS.filter((d) => !(ADDED_TOKEN as readonly string[]).includes(d));
const FIRST_UNITS = ["perImage", "perImageOutput", "perRequest"] as const;
const ADDED_UNITS = UNIT_PRICE_KEYS.filter((k) => !(FIRST_UNITS as readonly string[]).includes(k));

const snake = (key: string) => key.replace(/[A-Z0-9]+/g, (c) => `_${c.toLowerCase()}`);

/** CSV column names, in row order: ids, dates, a `<dimension>_usd_per_1m` column per token price, the per-unit prices, tiers (JSON), the source. */
export const PRICE_HISTORY_COLUMNS = [
  "offering_id",
  "provider_id",
  "model_id",
  "api_id",
  "status",
  "from",
  "to",
  ...FIRST_TOKEN.map((d) => `${snake(d)}_usd_per_1m`),
  "per_image_usd",
  "per_image_output_usd",
  "per_request_usd",
  "tiers_json",
  "source_name",
  "source_url",
  "source_retrieved",
  "source_commit",
  "note",
  ...ADDED_TOKEN.map((d) => `${snake(d)}_usd_per_1m`),
  ...ADDED_UNITS.map((k) => `${snake(k)}_usd`),
  "image_prices_json",
];

/** The CSV rows, header first. */
export function priceHistoryCsvRows(rows: readonly ApiPriceHistoryRow[]): CsvCell[][] {
  return [
    PRICE_HISTORY_COLUMNS,
    ...rows.map((r) => [
      r.offering,
      r.provider,
      r.model,
      r.apiId,
      r.status,
      r.from,
      r.to,
      ...FIRST_TOKEN.map((d) => r[d]),
      ...FIRST_UNITS.map((k) => r[k]),
      r.tiers ? JSON.stringify(r.tiers) : null,
      r.sourceName,
      r.sourceUrl,
      r.sourceRetrieved,
      r.sourceCommit,
      r.note,
      ...ADDED_TOKEN.map((d) => r[d]),
      ...ADDED_UNITS.map((k) => r[k]),
      r.imagePrices ? JSON.stringify(r.imagePrices) : null,
    ]),
  ];
}

/** JSON Lines: one row a line, LF line ends, a final LF. */
export const toJsonLines = (rows: readonly object[]) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
