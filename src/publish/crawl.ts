/** What crawlers and tools read: robots.txt, the sitemap's lastmod dates, llms.txt. */
import type { CatalogViews } from "~/views/catalog-views";
import { absoluteUrl } from "~/shared/url";
import { SITE_DESCRIPTION, SITE_NAME } from "~/consts";
import { DATA_LICENSE } from "./api-meta";
import { apiEndpoints } from "./endpoints";

const newest = (dates: readonly string[]) => dates.reduce((a, b) => (b > a ? b : a), "");

/** Page path (without base, as the sitemap integration sees it) → the newest `verified` date of the records the page shows. */
export function sitemapLastmod(views: CatalogViews): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of views.models) {
    out[`models/${m.entry.id}/`] = newest([m.entry.data.verified, ...m.offerings.map((o) => o.entry.data.verified)]);
  }
  for (const p of views.catalog.providers.values()) {
    const offerings = views.offeringsByProvider.get(p.id) ?? [];
    const date = newest([p.data.verified, ...offerings.map((o) => o.entry.data.verified)]);
    out[`providers/${p.id}/`] = date;
    out[`providers/${p.id}/offerings/`] = date;
  }
  return out;
}

export function robotsTxt(site: URL | string): string {
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${absoluteUrl("/sitemap.xml", site)}`, ""].join("\n");
}

/** `/llms.txt` (llmstxt.org): what the site is, and where its data is, for language-model tools. */
export function llmsTxt(views: CatalogViews, site: URL | string): string {
  const abs = (path: string) => absoluteUrl(path, site);
  const lines = [
    `# ${SITE_NAME}`,
    "",
    `> ${SITE_DESCRIPTION}`,
    "",
    `${views.models.length} models, ${views.catalog.offerings.size} offerings (a provider serving a model) and ${views.catalog.providers.size} providers. Prices are US dollars per 1M tokens unless a unit is given; an absent price is unknown (not published), never free; 0 means free. Every price has a source and a date, and each offering keeps its full price history.`,
    "",
    `Data licence: ${DATA_LICENSE.attribution} (${DATA_LICENSE.terms})`,
    "",
    "## API",
    "",
    `Versioned (apiVersion 1 in every JSON file; fields are only added within a version). Documentation: ${abs("/api/")}`,
    "",
    ...apiEndpoints(site).map((e) => `- [${e.title}](${e.example}): \`${e.path}\` (${e.format}). ${e.description}`),
    "",
    "## Pages",
    "",
    `- [All models](${abs("/models/")}): the catalog table, filterable by price, context, modalities and capabilities`,
    `- [A model's profile](${abs("/models/openai/gpt-4.1-nano/")}): \`/models/<creator>/<slug>/\`, prices at every provider, history, limits, benchmarks, sources`,
    `- [Providers](${abs("/providers/")}): \`/providers/<id>/\`, what each serves and makes`,
    `- [Compare](${abs("/compare/")}): \`/compare/?models=<id>,<id>\``,
    `- [Changes](${abs("/changes/")}): price changes, corrections, new and retired offerings`,
    `- [About the data](${abs("/about/")}): sources, methodology, licence, how to cite`,
    "",
  ];
  return lines.join("\n");
}
