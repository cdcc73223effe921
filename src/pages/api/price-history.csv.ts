import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { priceHistoryCsvRows, priceHistoryRows } from "~/publish/price-history";
import { toCsv } from "~/publish/csv";

/** `/api/price-history.csv`: every dated price entry of every offering (RFC 4180; empty = unknown). */
export const GET: APIRoute = () =>
  new Response(toCsv(priceHistoryCsvRows(priceHistoryRows(getViews()))), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present" },
  });
