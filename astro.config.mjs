// @ts-check
import { defineConfig } from "astro/config";
import devPlainFiles from "./integrations/dev-plain-files.ts";
import sitemap from "./integrations/sitemap.ts";
import { BASE_PATH, SITE_URL } from "./src/deploy.ts";

export default defineConfig({
  // Where the site is deployed: ATLAS_SITE (origin) and ATLAS_BASE (path prefix), see src/deploy.ts.
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: "always",
  // Stylesheets over 4 KB are files, cached across pages (inlined, the CSS was 4.9 KB of every gzipped profile).
  // Four pages at a time: while one page's file is written, the next renders (one at a time, the
  // build waited on ~17,000 writes: 54.7 s, four 40.4 s, eight 42.5 s on this 2-core machine).
  build: { format: "directory", inlineStylesheets: "auto", concurrency: 4 },
  // ATLAS_PORT lets several checkouts serve side by side; the default is the documented 4321.
  server: { host: "127.0.0.1", port: Number(process.env.ATLAS_PORT ?? 4321) },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [sitemap(), devPlainFiles()],
});
