import type { APIRoute, GetStaticPaths } from "astro";
import { getViews } from "~/views/get-views";
import { modelApiRecord, modelRedirectRecord } from "~/publish/api";

/**
 * `npm run dev` only: the model API files (the compare page reads them). `npm run build` writes
 * them, with the feeds and redirect pages, beside Astro (src/publish/plain-files.ts).
 */
export const getStaticPaths: GetStaticPaths = () => {
  if (!import.meta.env.DEV) return [];
  const views = getViews();
  return [...views.models.map((m) => m.entry), ...views.redirects].map((r) => ({
    params: { creator: r.creator, slug: r.slug },
  }));
};

export const GET: APIRoute = ({ params, site }) => {
  const views = getViews();
  const id = `${params.creator}/${params.slug}`;
  const model = views.byId.get(id);
  const redirect = views.redirects.find((r) => r.id === id);
  const body = model ? modelApiRecord(model, views, site!) : redirect && modelRedirectRecord(id, redirect.to, site!);
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
