/** Atom feeds of catalog changes: the whole catalog (/changes.xml), one provider, one model. */
import type { CatalogViews } from "~/views/catalog-views";
import { catalogChanges, describeChange, type ChangeEvent } from "~/views/changes";
import { absoluteUrl } from "~/shared/url";
import { SITE_NAME } from "~/consts";
import { atomFeed } from "./xml";
import { DATA_LICENSE } from "./api-meta";

/** How many of the newest changes a feed carries. */
export const FEED_SIZE = 100;

/** An Atom feed of `events` (newest first), its entries linking to each model's change log. */
export function changesFeed(
  events: readonly ChangeEvent[],
  feed: { site: URL; self: string; alternate: string; title: string },
): string {
  const abs = (path: string) => absoluteUrl(path, feed.site);
  return atomFeed({
    id: abs(feed.self),
    title: feed.title,
    self: abs(feed.self),
    alternate: abs(feed.alternate),
    author: SITE_NAME,
    rights: `${DATA_LICENSE.attribution} ${DATA_LICENSE.terms}`,
    entries: events.slice(0, FEED_SIZE).map((e) => ({
      id: `tag:${feed.site.hostname},${e.date}:${e.kind}/${e.offeringId}`,
      title: `${e.modelName}: ${describeChange(e)}`,
      link: abs(`/models/${e.modelId}/#changes`),
      date: e.date,
      summary: `${e.modelName} (${e.offeringId}), ${e.date}: ${describeChange(e)}.`,
    })),
  });
}

/** The catalog's change events by provider id, newest first (built once per views). */
const byProvider = new WeakMap<CatalogViews, Map<string, ChangeEvent[]>>();
export function providerChanges(views: CatalogViews, provider: string): ChangeEvent[] {
  let groups = byProvider.get(views);
  if (!groups) {
    groups = new Map();
    for (const e of catalogChanges(views)) {
      const list = groups.get(e.providerId);
      if (list) list.push(e);
      else groups.set(e.providerId, [e]);
    }
    byProvider.set(views, groups);
  }
  return groups.get(provider) ?? [];
}
