import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { dataQuality } from "~/views/data-quality";

/** `/api/data-quality.json`: disputed prices, sibling groups, disagreements and per-provider coverage (the `/data-quality/` page's data). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(dataQuality(getViews())), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
