import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { jsonResponse, modelTableFile } from "~/publish/indexes";

/** `/api/model-table.json`: the catalog table's rows as compact JSON, loaded by the /models/ page's script. */
export const GET: APIRoute = ({ site }) => jsonResponse(modelTableFile(getViews(), site!));
