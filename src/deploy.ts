/**
 * Where the site is deployed, from the environment: `ATLAS_SITE`, the origin (default
 * https://modelatlas.dev), and `ATLAS_BASE`, the path it is served under (default `/`; a GitHub
 * Pages project site is `/<repository>/`). Read by astro.config.mjs and the build scripts; pages
 * get the same values from Astro (`Astro.site`, `import.meta.env.BASE_URL`).
 */
import { normaliseBase } from "./shared/url";

export const SITE_URL = (process.env.ATLAS_SITE || "https://modelatlas.dev").replace(/\/+$/, "");
export const BASE_PATH = normaliseBase(process.env.ATLAS_BASE || "/");
