import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { sitemapLastmod } from "~/publish/crawl";

/**
 * Build-time only: page path → the newest check of the records it shows. The sitemap integration
 * reads it for `<lastmod>` and deletes it, so it is never published.
 */
export const GET: APIRoute = () => new Response(JSON.stringify(sitemapLastmod(getViews())));
