/**
 * `npm run dev` only: lets the dev server answer `/api/catalog.json`, `/robots.txt` and the other
 * plain files from their one route (src/pages/[...file].ts). Astro matches a route without a file
 * extension in its name only with the trailing slash the site's URLs end in, so a request for a
 * plain file's name gets that slash added, unless `public/` has the file (the JSON Schemas).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { normaliseBase } from "../src/shared/url";

const PLAIN = /\.(json|jsonl|csv|xml|txt)$/;

/** The URL a request for a plain file is routed by: `url` with a slash after its path, or as it is. */
export function plainFileUrl(url: string, base: string, inPublic: (path: string) => boolean): string {
  const [path = "", query] = url.split("?", 2);
  if (!PLAIN.test(path) || !path.startsWith(base) || inPublic(path.slice(base.length))) return url;
  return `${path}/${query === undefined ? "" : `?${query}`}`;
}

export default function devPlainFiles(): AstroIntegration {
  let publicDir = "public/";
  let base = "/";
  return {
    name: "atlas-dev-plain-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        base = normaliseBase(config.base);
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((req, _res, next) => {
          if (req.url) req.url = plainFileUrl(req.url, base, (path) => existsSync(publicDir + path));
          next();
        });
      },
    },
  };
}
