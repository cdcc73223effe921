/**
 * `npm run validate [-- <project root>]`: checks every record and every cross-record rule
 * without building pages. Prints every problem, then exits 1 if any is an error.
 */
import { resolve } from "node:path";
import { loadCatalog } from "../src/catalog/load-catalog";
import { formatProblem } from "../src/catalog/problems";
import { readIdentityDecisions } from "../src/import/models-dev/known";

const root = resolve(process.argv[2] ?? ".");
const { catalog, problems } = loadCatalog(root);
// Curated identity decisions: the file parses, and every alias names a model that exists.
const IDENTITY = "content/curated/identity.json";
try {
  readIdentityDecisions(root)?.aliases.forEach((a, i) => {
    if (!catalog.models.has(a.sameAs))
      problems.push({
        file: IDENTITY,
        field: `aliases.${i}.sameAs`,
        message: `unknown model (expected a canonical model id, found "${a.sameAs}")`,
        level: "error",
      });
  });
} catch (error) {
  problems.push({ file: IDENTITY, field: "", message: (error as Error).message, level: "error" });
}
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.level === "error").length;
const warnings = problems.length - errors;
if (errors) {
  console.error(
    `\n${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}: content is not valid`,
  );
  process.exit(1);
}
console.log(
  `${catalog.providers.size} providers, ${catalog.models.size} models${catalog.redirects?.size ? ` (and ${catalog.redirects.size} merged ids that redirect)` : ""}, ${catalog.offerings.size} offerings, ${catalog.benchmarks.size} benchmarks: ok` +
    (warnings ? ` (${warnings} warning${warnings === 1 ? "" : "s"})` : ""),
);
