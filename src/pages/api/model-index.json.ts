import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { jsonResponse, modelNamesFile } from "~/publish/indexes";

/** Deprecated old name of `/api/model-names.json` (same content), kept until API version 2. */
export const GET: APIRoute = ({ site }) => jsonResponse(modelNamesFile(getViews(), site!));
