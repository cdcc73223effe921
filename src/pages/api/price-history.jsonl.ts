import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { priceHistoryRows, toJsonLines } from "~/publish/price-history";

/** `/api/price-history.jsonl`: every dated price entry of every offering, one JSON object a line (schema /schemas/price-history-row.json). */
export const GET: APIRoute = () =>
  new Response(toJsonLines(priceHistoryRows(getViews())), {
    headers: { "Content-Type": "application/jsonl; charset=utf-8" },
  });
