import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { jsonResponse, modelTableFile } from "~/publish/indexes";

/** Deprecated old name of `/api/model-table.json` (same content), kept until API version 2. */
export const GET: APIRoute = ({ site }) => jsonResponse(modelTableFile(getViews(), site!));
