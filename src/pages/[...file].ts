import type { APIRoute, GetStaticPaths } from "astro";
import { getViews } from "~/views/get-views";
import { plainFiles } from "~/publish/plain-files";
import { SITE_URL } from "~/deploy";

const TYPES: Record<string, string> = {
  json: "application/json",
  jsonl: "application/jsonl",
  csv: "text/csv",
  xml: "application/atom+xml",
  txt: "text/plain",
  html: "text/html",
};

/**
 * `npm run dev` only: the site's plain files (API files, feeds, llms.txt, redirect pages of merged
 * ids), reached through integrations/dev-plain-files.ts. `npm run build` writes them beside Astro
 * (src/publish/plain-files.ts), so here it lists none.
 */
export const getStaticPaths: GetStaticPaths = () => {
  if (!import.meta.env.DEV) return [];
  return [...plainFiles(getViews(), `${SITE_URL}/`)].map(({ path, body }) => ({
    params: { file: path.replace(/\/index\.html$/, "") },
    props: { body, type: TYPES[path.slice(path.lastIndexOf(".") + 1)] ?? "application/octet-stream" },
  }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { "Content-Type": `${props.type}; charset=utf-8` } });
