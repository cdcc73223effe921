import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { jsonResponse } from "~/publish/indexes";
import { findFile } from "~/publish/find-index";

/** `/api/find-ended.json`: the retired and delisted offerings, loaded by /find/ only when asked to include them. */
export const GET: APIRoute = ({ site }) => jsonResponse(findFile(getViews(), "ended", site!));
