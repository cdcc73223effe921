import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { catalogApiRecord } from "~/publish/api";
import { jsonResponse } from "~/publish/indexes";

/** `/api/catalog.json`: every model with its offerings and current prices (schema: /schemas/catalog.json). */
export const GET: APIRoute = ({ site }) => jsonResponse(catalogApiRecord(getViews(), site!));
