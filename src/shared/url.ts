/**
 * Internal links under the configured base path (`base` in astro.config.mjs, from ATLAS_BASE).
 * Every root-relative link a page or script writes goes through `withBase`, so the site works at
 * `https://host/` and at `https://host/sub/` alike.
 */

/** `"/"`, or `"/sub/"`: leading and trailing slash, no doubles. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** Joins a base and a root-relative path: `joinBase("/sub/", "/models/")` is `"/sub/models/"`. */
export function joinBase(base: string, path: string): string {
  return prefixed(normaliseBase(base), path);
}

/** `path` under an already normalised base. */
function prefixed(base: string, path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  return base + path.slice(1);
}

/**
 * The base path this build serves under: Vite sets BASE_URL in pages and browser code; the build's
 * own scripts (run by tsx, scripts/beside-astro.ts) read ATLAS_BASE, as astro.config.mjs does.
 */
export const BASE: string = normaliseBase(
  import.meta.env?.BASE_URL ?? (typeof process === "undefined" ? undefined : process.env.ATLAS_BASE) ?? "/",
);

/** A root-relative path under the base path: `withBase("/models/")`. Other URLs pass through unchanged. */
export const withBase = (path: string): string => prefixed(BASE, path);

/** An absolute URL of a site path, for feeds, `$schema`, canonical and `og:` tags. */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(withBase(path), site).href;
