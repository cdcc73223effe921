/**
 * The files of the site that need no template: the API's catalog-wide files, the change feeds,
 * llms.txt, robots.txt, the header search's names and the changes listings' providers; each
 * model's API file and change feed; the redirect page and API file of every merged model id.
 * `npm run build` writes them in a process of its own beside Astro (scripts/beside-astro.ts): a
 * plain loop over the views, on the core Astro leaves idle, where each Astro route costs about a
 * millisecond of Astro's own work beyond its content. `npm run dev` serves them from one route
 * (src/pages/[...file].ts).
 */
import type { CatalogViews, ModelView } from "~/views/catalog-views";
import { dataQuality } from "~/views/data-quality";
import { catalogChanges, changeProvidersFile, modelChanges, type ChangeEvent } from "~/views/changes";
import { SITE_NAME } from "~/consts";
import { escapeHtml } from "~/shared/format";
import { absoluteUrl, withBase } from "~/shared/url";
import { catalogApiRecord, catalogCsvRows, modelApiRecord, modelRedirectRecord } from "./api";
import { apiMeta } from "./api-meta";
import { llmsTxt, robotsTxt } from "./crawl";
import { toCsv } from "./csv";
import { apiEndpoints, DEPRECATED_PATHS } from "./endpoints";
import { changesFeed, providerChanges } from "./feeds";
import { findFile } from "./find-index";
import { modelNamesFile, modelTableFile, searchNamesFile } from "./indexes";
import { priceHistoryCsvRows, priceHistoryRows, toJsonLines } from "./price-history";

export interface PlainFile {
  /** Site-relative path, e.g. `api/models/openai/gpt-4.1.json`. */
  path: string;
  body: string;
}

/**
 * The page at a model id merged into another (identity): a static redirect to the canonical
 * model. A bare document: meta refresh, rel=canonical and noindex, no layout and no search-index
 * body; the sitemap lists only Astro's pages, so it leaves these out.
 */
export function redirectPage(name: string, to: { id: string; name: string }, site: URL | string): string {
  const href = escapeHtml(withBase(`/models/${to.id}/`));
  const canonical = escapeHtml(absoluteUrl(`/models/${to.id}/`, site));
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(`${name}: see ${to.name}`)}</title>`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    `<link rel="canonical" href="${canonical}">`,
    '<meta name="robots" content="noindex">',
    `<meta name="atlas-redirect" content="${escapeHtml(to.id)}">`,
    `</head><body><p>${escapeHtml(name)} is the same model as <a href="${href}">${escapeHtml(to.name)}</a>, listed there with every provider that serves it.</p></body></html>`,
  ].join("");
}

/** The Atom feed at `path` of `events`, its alternate the page at `page`. */
function feedFile(path: string, events: readonly ChangeEvent[], page: string, title: string, site: URL): PlainFile {
  return { path, body: changesFeed(events, { site, self: `/${path}`, alternate: page, title }) };
}

/** An Atom feed of one model's price changes at every provider. */
export function modelFeed(model: ModelView, site: URL | string): string {
  const id = model.entry.id;
  const title = `${model.entry.data.name}: price changes · ${SITE_NAME}`;
  return feedFile(`models/${id}/changes.xml`, modelChanges(model), `/models/${id}/`, title, new URL(site)).body;
}

/** The files at fixed paths, and each provider's change feed. */
function* catalogFiles(views: CatalogViews, site: URL): Generator<PlainFile> {
  const json = (path: string, value: unknown): PlainFile => ({ path, body: JSON.stringify(value) });
  yield json("api/index.json", {
    ...apiMeta("api-index", site),
    endpoints: apiEndpoints(site).map(({ title: _title, ...e }) => e),
    deprecated: DEPRECATED_PATHS,
  });
  yield json("api/catalog.json", catalogApiRecord(views, site));
  yield { path: "api/catalog.csv", body: toCsv(catalogCsvRows(views)) };
  yield json("api/data-quality.json", dataQuality(views));
  yield json("api/find.json", findFile(views, "live", site));
  yield json("api/find-ended.json", findFile(views, "ended", site));
  const names = json("api/model-names.json", modelNamesFile(views, site));
  const table = json("api/model-table.json", modelTableFile(views, site));
  yield names;
  yield table;
  // The deprecated old names of those two (same content), kept until API version 2.
  yield { path: "api/model-index.json", body: names.body };
  yield { path: "api/models-index.json", body: table.body };
  const history = priceHistoryRows(views);
  yield { path: "api/price-history.csv", body: toCsv(priceHistoryCsvRows(history)) };
  yield { path: "api/price-history.jsonl", body: toJsonLines(history) };
  yield json("search/names.json", searchNamesFile(views));
  yield json("changes/providers.json", changeProvidersFile(views));
  yield { path: "llms.txt", body: llmsTxt(views, site) };
  yield { path: "robots.txt", body: robotsTxt(site) };
  const everything = `${SITE_NAME}: price changes, new offerings and retirements`;
  yield feedFile("changes.xml", catalogChanges(views), "/changes/", everything, site);
  for (const { id, data } of views.catalog.providers.values()) {
    const title = `${data.name}: price changes · ${SITE_NAME}`;
    yield feedFile(`providers/${id}/changes.xml`, providerChanges(views, id), `/providers/${id}/`, title, site);
  }
}

/** Every plain file of the site, one at a time (the caller writes each and lets it go). */
export function* plainFiles(views: CatalogViews, site: URL | string): Generator<PlainFile> {
  yield* catalogFiles(views, new URL(site));
  for (const model of views.models) {
    yield { path: `api/models/${model.entry.id}.json`, body: JSON.stringify(modelApiRecord(model, views, site)) };
    yield { path: `models/${model.entry.id}/changes.xml`, body: modelFeed(model, site) };
  }
  // Model ids merged into a canonical model keep a page and an API file that say where it is now.
  for (const r of views.redirects) {
    const to = { id: r.to.entry.id, name: r.to.entry.data.name };
    yield { path: `models/${r.creator}/${r.slug}/index.html`, body: redirectPage(r.name, to, site) };
    yield {
      path: `api/models/${r.creator}/${r.slug}.json`,
      body: JSON.stringify(modelRedirectRecord(r.id, r.to, site)),
    };
  }
}
