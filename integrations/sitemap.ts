/**
 * Writes `sitemap.xml` after the build, listing every HTML page Astro built (so pages added by any
 * route appear without a list to maintain), under the configured `base`. Model and provider pages
 * carry `<lastmod>`: the newest check of the records they show, read from the build-only
 * `sitemap-lastmod.json` (src/pages/sitemap-lastmod.json.ts), which is then deleted. Not
 * `@astrojs/sitemap`: it is not a dependency, and this is a dozen lines. The 404 page is left out;
 * the redirect pages of merged model ids are not Astro's pages (src/publish/plain-files.ts).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { normaliseBase } from "../src/shared/url";
import { sitemapXml } from "../src/publish/xml";

export default function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = "/";
  return {
    name: "atlas-sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site;
        base = normaliseBase(config.base);
      },
      "astro:build:done": ({ dir, pages, logger }) => {
        if (!site) throw new Error("sitemap: set `site` in astro.config.mjs");
        const lastmodFile = fileURLToPath(new URL("sitemap-lastmod.json", dir));
        const lastmod: Record<string, string> = existsSync(lastmodFile)
          ? JSON.parse(readFileSync(lastmodFile, "utf8"))
          : {};
        rmSync(lastmodFile, { force: true });
        const urls = pages
          .map((p) => p.pathname)
          .filter((p) => p !== "404/" && !/\.(xml|json|jsonl|csv|txt)$/.test(p))
          .sort()
          .map((p) => ({
            loc: new URL(`${base}${p}`.replace(/\/+/g, "/"), site).href,
            lastmod: lastmod[p.replace(/^\/+/, "")] || undefined,
          }));
        writeFileSync(fileURLToPath(new URL("sitemap.xml", dir)), sitemapXml(urls));
        logger.info(`sitemap.xml: ${urls.length} pages, ${urls.filter((u) => u.lastmod).length} with lastmod`);
      },
    },
  };
}
