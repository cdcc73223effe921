/**
 * Writes `sitemap.xml` after the build, listing every HTML page Astro built (so pages added by any
 * route appear without a list to maintain), under the configured `base`. Model and provider pages
 * carry `<lastmod>`: the newest check of the records they show, read from the build-only
 * `sitemap-lastmod.json` (src/pages/sitemap-lastmod.json.ts), which is then deleted. Not
 * `@astrojs/sitemap`: it is not a dependency, and this is a dozen lines. The 404 page and the
 * redirect pages of merged model ids are left out.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { sitemapXml } from "../src/publish/xml";

export default function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = "/";
  return {
    name: "atlas-sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site;
        base = `/${config.base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
      },
      "astro:build:done": ({ dir, pages, logger }) => {
        if (!site) throw new Error("sitemap: set `site` in astro.config.mjs");
        const lastmodFile = fileURLToPath(new URL("sitemap-lastmod.json", dir));
        const lastmod: Record<string, string> = existsSync(lastmodFile)
          ? JSON.parse(readFileSync(lastmodFile, "utf8"))
          : {};
        rmSync(lastmodFile, { force: true });
        // Redirect pages of merged model ids (a meta refresh at the top of the head) are not pages to index.
        const head = Buffer.alloc(600);
        const isRedirect = (p: string) => {
          if (!p.startsWith("models/")) return false;
          const fd = openSync(fileURLToPath(new URL(`${p}index.html`, dir)), "r");
          try {
            return head.toString("utf8", 0, readSync(fd, head, 0, head.length, 0)).includes('http-equiv="refresh"');
          } finally {
            closeSync(fd);
          }
        };
        const urls = pages
          .map((p) => p.pathname)
          .filter((p) => p !== "404/" && !/\.(xml|json|jsonl|csv|txt)$/.test(p) && !isRedirect(p))
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
