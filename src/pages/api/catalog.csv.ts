import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { catalogCsvRows } from "~/publish/api";
import { toCsv } from "~/publish/csv";

/** `/api/catalog.csv`: one row per offering with its current prices (RFC 4180; empty = unknown). */
export const GET: APIRoute = () =>
  new Response(toCsv(catalogCsvRows(getViews())), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present" },
  });
