import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { jsonResponse } from "~/publish/indexes";
import { findFile } from "~/publish/find-index";

/** `/api/find.json`: models with their live offerings' current prices, for /find/ and the MCP server. */
export const GET: APIRoute = ({ site }) => jsonResponse(findFile(getViews(), "live", site!));
