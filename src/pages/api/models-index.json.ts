/** The catalog table's rows as compact JSON, loaded by the /models/ page's script (see browse-state.ts for the format). */
import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { encodeIndex } from "~/shared/browse-index";
import { browseRows } from "~/views/browse-rows";

export const GET: APIRoute = () => {
  const views = getViews();
  const names = new Map([...views.catalog.providers.values()].map((p) => [p.id, p.data.name]));
  return new Response(JSON.stringify(encodeIndex(browseRows(views), names)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
