import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { catalogChanges } from "~/views/changes";
import { atomResponse, changesFeed } from "~/publish/feeds";
import { SITE_NAME } from "~/consts";

/** `/changes.xml`: an Atom feed of the catalog's newest changes (prices, corrections, new and retired offerings). */
export const GET: APIRoute = ({ site }) =>
  atomResponse(
    changesFeed(catalogChanges(getViews()), {
      site: site!,
      self: "/changes.xml",
      alternate: "/changes/",
      title: `${SITE_NAME}: price changes, new offerings and retirements`,
    }),
  );
