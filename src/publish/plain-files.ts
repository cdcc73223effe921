/**
 * The files of the site that need no template: each model's API file and change feed, and the
 * redirect page and API file of every merged model id. `npm run build` writes them in a process
 * of its own beside Astro (scripts/beside-astro.ts): a plain loop over the views, where ~13,500
 * Astro routes cost about a millisecond of Astro's own work each beyond their content.
 */
import type { CatalogViews, ModelView } from "~/views/catalog-views";
import { modelChanges } from "~/views/changes";
import { SITE_NAME } from "~/consts";
import { escapeHtml } from "~/shared/format";
import { absoluteUrl, withBase } from "~/shared/url";
import { modelApiRecord, modelRedirectRecord } from "./api";
import { changesFeed } from "./feeds";

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

/** An Atom feed of one model's price changes at every provider. */
export function modelFeed(model: ModelView, site: URL | string): string {
  return changesFeed(modelChanges(model), {
    site: new URL(site),
    self: `/models/${model.entry.id}/changes.xml`,
    alternate: `/models/${model.entry.id}/`,
    title: `${model.entry.data.name}: price changes · ${SITE_NAME}`,
  });
}

/** Every plain file of the site, one at a time (the caller writes each and lets it go). */
export function* plainFiles(views: CatalogViews, site: URL | string): Generator<PlainFile> {
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
