import type { APIRoute } from "astro";
import { robotsTxt } from "~/publish/crawl";

/** `/robots.txt`: everything may be crawled; names the sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
