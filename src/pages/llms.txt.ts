import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { llmsTxt } from "~/publish/crawl";

/** `/llms.txt`: the site and its API described for language-model tools. */
export const GET: APIRoute = ({ site }) =>
  new Response(llmsTxt(getViews(), site!), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
