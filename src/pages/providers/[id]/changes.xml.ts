import type { APIRoute, GetStaticPaths } from "astro";
import { getViews } from "~/views/get-views";
import { atomResponse, changesFeed, providerChanges } from "~/publish/feeds";
import type { ProviderEntry } from "~/catalog/load-catalog";
import { SITE_NAME } from "~/consts";

export const getStaticPaths: GetStaticPaths = () =>
  [...getViews().catalog.providers.values()].map((provider) => ({ params: { id: provider.id }, props: { provider } }));

/** `/providers/<id>/changes.xml`: an Atom feed of a provider's price changes, new offerings and retirements. */
export const GET: APIRoute = ({ props, site }) => {
  const provider = props.provider as ProviderEntry;
  return atomResponse(
    changesFeed(providerChanges(getViews(), provider.id), {
      site: site!,
      self: `/providers/${provider.id}/changes.xml`,
      alternate: `/providers/${provider.id}/`,
      title: `${provider.data.name}: price changes · ${SITE_NAME}`,
    }),
  );
};
