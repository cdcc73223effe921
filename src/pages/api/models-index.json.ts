/** The catalog table's rows as compact JSON, loaded by the /models/ page's script (see catalog-filter.ts for the format). */
import type { APIRoute } from "astro";
import { getViews } from "../../data/catalog";
import { encodeIndex } from "../../lib/catalog-filter";
import { catalogRows } from "../../lib/catalog-rows";

export const GET: APIRoute = () => {
  const views = getViews();
  const names = new Map([...views.catalog.providers.values()].map((p) => [p.id, p.data.name]));
  return new Response(JSON.stringify(encodeIndex(catalogRows(views), names)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
