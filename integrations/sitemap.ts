/**
 * Writes `sitemap.xml` after the build, listing every HTML page Astro built (so pages added by any
 * route appear without a list to maintain). Not `@astrojs/sitemap`: it is not a dependency, and this
 * is a dozen lines. The 404 page is left out.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { sitemapXml } from "../src/publish/xml";

export default function sitemap(): AstroIntegration {
  let site: string | undefined;
  return {
    name: "atlas-sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site;
      },
      "astro:build:done": ({ dir, pages, logger }) => {
        if (!site) throw new Error("sitemap: set `site` in astro.config.mjs");
        const urls = pages
          .map((p) => p.pathname)
          .filter((p) => p !== "404/" && !/\.(xml|json|csv|txt)$/.test(p))
          .map((p) => new URL(`/${p}`.replace(/\/+/g, "/"), site).href)
          .sort();
        writeFileSync(fileURLToPath(new URL("sitemap.xml", dir)), sitemapXml(urls));
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}
