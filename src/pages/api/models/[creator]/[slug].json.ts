import type { APIRoute, GetStaticPaths } from "astro";
import { getViews } from "~/views/get-views";
import { modelApiRecord, modelRedirectRecord } from "~/publish/api";
import type { ModelView } from "~/views/catalog-views";

export const getStaticPaths: GetStaticPaths = () => [
  ...getViews().models.map((model) => ({
    params: { creator: model.entry.creator, slug: model.entry.slug },
    props: { model },
  })),
  // Model ids merged into a canonical model keep an API file that says where it is now.
  ...getViews().redirects.map((r) => ({
    params: { creator: r.creator, slug: r.slug },
    props: { redirect: r },
  })),
];

type Props = { model: ModelView } | { redirect: { id: string; to: ModelView } };

export const GET: APIRoute = ({ props, site }) => {
  const p = props as Props;
  const body =
    "model" in p
      ? modelApiRecord(p.model, getViews(), site!)
      : modelRedirectRecord(p.redirect.id, p.redirect.to, site!);
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
