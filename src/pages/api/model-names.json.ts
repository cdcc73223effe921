import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { jsonResponse, modelNamesFile } from "~/publish/indexes";

/** `/api/model-names.json`: the compact list the compare page's picker searches; fetched only when used. */
export const GET: APIRoute = ({ site }) => jsonResponse(modelNamesFile(getViews(), site!));
