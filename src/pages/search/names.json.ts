import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { jsonResponse, searchNamesFile } from "~/publish/indexes";

/** `/search/names.json`: what the header search box searches (fetched on its first use). */
export const GET: APIRoute = () => jsonResponse(searchNamesFile(getViews()));
