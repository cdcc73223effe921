import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { catalogApiRecord } from "~/publish/api";

/** `/api/catalog.json`: every model with its offerings and current prices (schema: /schemas/catalog.json). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ $schema: "/schemas/catalog.json", ...catalogApiRecord(getViews()) }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
