/**
 * The catalog as pages see it: loaded, merged, checked and joined once per build.
 * Invalid content stops the build here with the same messages `npm run validate` prints.
 */
import { loadCatalog } from "~/catalog/load-catalog";
import { formatProblem } from "~/catalog/problems";
import { buildViews, type CatalogViews } from "./catalog-views";

let cached: CatalogViews | undefined;

export function getViews(): CatalogViews {
  if (cached) return cached;
  const { catalog, problems } = loadCatalog(process.cwd());
  const errors = problems.filter((p) => p.level === "error");
  if (errors.length) {
    throw new Error(`content is not valid (${errors.length} errors):\n${errors.map(formatProblem).join("\n")}`);
  }
  cached = buildViews(catalog);
  return cached;
}
