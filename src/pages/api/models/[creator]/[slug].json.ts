import type { APIRoute, GetStaticPaths } from "astro";
import { getViews } from "../../../../data/catalog";
import { modelApiRecord } from "../../../../lib/api";
import type { ModelView } from "../../../../lib/views";

export const getStaticPaths: GetStaticPaths = () =>
  getViews().models.map((model) => ({ params: { creator: model.entry.creator, slug: model.entry.slug }, props: { model } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(modelApiRecord(props.model as ModelView, getViews())), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
