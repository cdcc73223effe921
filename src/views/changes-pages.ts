/**
 * The static pages of `/changes/`: one listing per filter (provider, kind, both, none), paginated.
 * The filter state lives in the path, so every listing works without JavaScript and can be linked:
 * `/changes/`, `/changes/kind/price/`, `/changes/provider/openai/`, `/changes/provider/openai/kind/price/page/2/`.
 */
import type { ChangeEvent, ChangeKind } from "./changes";
import { CHANGE_KINDS, filterChanges } from "./changes";
import { changesPath } from "~/shared/changes-path";

export const CHANGES_PER_PAGE = 200;

export interface ChangesFilter {
  provider?: string;
  kind?: ChangeKind;
}

export { changesPath };

export interface ChangesPage {
  /** The rest param of `src/pages/changes/[...path].astro`: undefined for `/changes/`. */
  path: string | undefined;
  filter: ChangesFilter;
  page: number;
  pages: number;
  total: number;
  events: ChangeEvent[];
}

/**
 * Every listing page: all changes, each kind, each provider, and each provider × kind that has
 * events (so the two filters combine), split into pages.
 */
export function changesPages(all: readonly ChangeEvent[], perPage = CHANGES_PER_PAGE): ChangesPage[] {
  const providers = [...new Set(all.map((e) => e.providerId))].sort();
  const filters: ChangesFilter[] = [{}];
  for (const kind of CHANGE_KINDS) filters.push({ kind });
  for (const provider of providers) {
    filters.push({ provider });
    for (const kind of CHANGE_KINDS) filters.push({ provider, kind });
  }
  // A provider's listings filter that provider's events only (grouped once, in order): filtering
  // every event for each of ~600 listings took about a second of every build.
  const byProvider = new Map<string, ChangeEvent[]>();
  for (const e of all) {
    const list = byProvider.get(e.providerId);
    if (list) list.push(e);
    else byProvider.set(e.providerId, [e]);
  }
  const out: ChangesPage[] = [];
  for (const filter of filters) {
    const events = filterChanges(filter.provider ? (byProvider.get(filter.provider) ?? []) : all, filter);
    if (!events.length && (filter.provider || filter.kind)) continue;
    const pages = Math.max(1, Math.ceil(events.length / perPage));
    for (let page = 1; page <= pages; page++) {
      const path = changesPath(filter, page)
        .replace(/^\/changes\//, "")
        .replace(/\/$/, "");
      out.push({
        path: path || undefined,
        filter,
        page,
        pages,
        total: events.length,
        events: events.slice((page - 1) * perPage, page * perPage),
      });
    }
  }
  return out;
}
