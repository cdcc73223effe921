import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { catalogChanges, describeChange } from "~/views/changes";
import { atomFeed } from "~/publish/xml";
import { SITE_NAME } from "~/consts";

/** How many of the newest changes the feed carries. */
const FEED_SIZE = 100;

/** `/changes.xml`: an Atom feed of the catalog's newest changes (prices, corrections, new and retired offerings). */
export const GET: APIRoute = ({ site }) => {
  const base = site!;
  const abs = (path: string) => new URL(path, base).href;
  const entries = catalogChanges(getViews())
    .slice(0, FEED_SIZE)
    .map((e) => ({
      id: `tag:${base.hostname},${e.date}:${e.kind}/${e.offeringId}`,
      title: `${e.modelName}: ${describeChange(e)}`,
      link: abs(`/models/${e.modelId}/#changes`),
      date: e.date,
      summary: `${e.modelName} (${e.offeringId}), ${e.date}: ${describeChange(e)}.`,
    }));
  const xml = atomFeed({
    id: abs("/changes/"),
    title: `${SITE_NAME}: price changes, new offerings and retirements`,
    self: abs("/changes.xml"),
    alternate: abs("/changes/"),
    author: SITE_NAME,
    entries,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
