/**
 * Where the MCP server reads the published JSON: a built site on disk (`--dist dist`) or a site on
 * the web (`--site https://modelatlas.dev/`). Files are read once and kept; a missing file or a file
 * that is not JSON is an error naming the path.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

export interface DataSource {
  /** What the server reads, for messages: a folder or a URL. */
  where: string;
  /** The parsed JSON of a site path such as `api/catalog.json`. */
  json<T>(path: string): Promise<T>;
  /** The public URL of a site path, when known (from `--site`, else from the files' `$schema`). */
  siteUrl(path: string): Promise<string | undefined>;
}

export class NotFoundError extends Error {}

export function dataSource(options: { dist?: string; site?: string }): DataSource {
  const cache = new Map<string, Promise<unknown>>();
  const load = options.site ? fromSite(options.site) : fromDist(resolve(options.dist ?? "dist"));
  const json = <T>(path: string): Promise<T> => {
    let p = cache.get(path);
    if (!p) {
      p = load(path);
      // A failed read is not kept: the next call tries again.
      p.catch(() => cache.delete(path));
      cache.set(path, p);
    }
    return p as Promise<T>;
  };
  let origin: Promise<string | undefined> | undefined;
  return {
    where: options.site ?? resolve(options.dist ?? "dist"),
    json,
    async siteUrl(path) {
      // Every API file names its schema by absolute URL: `<site>/schemas/<name>.json`.
      origin ??= options.site
        ? Promise.resolve(options.site.endsWith("/") ? options.site : `${options.site}/`)
        : json<{ $schema?: string }>("api/index.json")
            .then((f) => f.$schema?.replace(/schemas\/[^/]+\.json$/, ""))
            .catch(() => undefined);
      const base = await origin;
      return base ? new URL(path.replace(/^\//, ""), base).href : undefined;
    },
  };
}

function fromDist(dir: string) {
  return async (path: string): Promise<unknown> => {
    const file = join(dir, path);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new NotFoundError(`${file} does not exist`);
      throw error;
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`${file} is not JSON (${(error as Error).message})`, { cause: error });
    }
  };
}

function fromSite(site: string) {
  const base = site.endsWith("/") ? site : `${site}/`;
  return async (path: string): Promise<unknown> => {
    const url = new URL(path, base).href;
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (response.status === 404) throw new NotFoundError(`${url}: not found (HTTP 404)`);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    try {
      return await response.json();
    } catch (error) {
      throw new Error(`${url} is not JSON (${(error as Error).message})`, { cause: error });
    }
  };
}
