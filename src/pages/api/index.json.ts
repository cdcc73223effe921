import type { APIRoute } from "astro";
import { apiMeta } from "~/publish/api-meta";
import { apiEndpoints, DEPRECATED_PATHS } from "~/publish/endpoints";

/** `/api/index.json`: every endpoint of the API with an example and its schema. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify({
      ...apiMeta("api-index", site!),
      endpoints: apiEndpoints(site!).map(({ title: _title, ...e }) => e),
      deprecated: DEPRECATED_PATHS,
    }),
    { headers: { "Content-Type": "application/json; charset=utf-8" } },
  );
