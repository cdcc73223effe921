import type { APIRoute, GetStaticPaths } from "astro";
import { getViews } from "~/views/get-views";
import { modelChanges } from "~/views/changes";
import { atomResponse, changesFeed } from "~/publish/feeds";
import type { ModelView } from "~/views/catalog-views";
import { SITE_NAME } from "~/consts";

export const getStaticPaths: GetStaticPaths = () =>
  getViews().models.map((model) => ({
    params: { creator: model.entry.creator, slug: model.entry.slug },
    props: { model },
  }));

/** `/models/<creator>/<slug>/changes.xml`: an Atom feed of one model's price changes at every provider. */
export const GET: APIRoute = ({ props, site }) => {
  const model = props.model as ModelView;
  return atomResponse(
    changesFeed(modelChanges(model), {
      site: site!,
      self: `/models/${model.entry.id}/changes.xml`,
      alternate: `/models/${model.entry.id}/`,
      title: `${model.entry.data.name}: price changes · ${SITE_NAME}`,
    }),
  );
};
