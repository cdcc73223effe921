import type { APIRoute, GetStaticPaths } from "astro";
import { getViews } from "~/views/get-views";
import { modelApiRecord } from "~/publish/api";
import type { ModelView } from "~/views/catalog-views";

export const getStaticPaths: GetStaticPaths = () =>
  getViews().models.map((model) => ({
    params: { creator: model.entry.creator, slug: model.entry.slug },
    props: { model },
  }));

export const GET: APIRoute = ({ props, site }) =>
  new Response(JSON.stringify(modelApiRecord(props.model as ModelView, getViews(), site!)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
