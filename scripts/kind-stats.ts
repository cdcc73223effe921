/**
 * `npm run kinds [-- --all]`: how many models of each kind the catalog holds (curated kinds over
 * inferred ones, redirect records left out), in all and among active models (a live offering), and
 * the models no rule could place (the first 60; every one with --all).
 */
import { isLive } from "~/shared/vocabulary";
import { countKinds, formatKindCounts } from "../src/import/kind/report";
import { loadCatalog } from "../src/catalog/load-catalog";

const all = process.argv.includes("--all");
const { catalog, problems } = loadCatalog(".");
const errors = problems.filter((p) => p.level === "error");
if (errors.length) {
  console.error(`kinds: content is not valid (${errors.length} errors); run npm run validate`);
  process.exit(1);
}
const models = [...catalog.models.values()].map((m) => ({ id: m.id, kind: m.data.kind }));
const liveModels = new Set(
  [...catalog.offerings.values()].filter((o) => isLive(o.data.status)).map((o) => o.data.model),
);
const active = [...catalog.models.values()]
  .filter((m) => isLive(m.data.status) && liveModels.has(m.id))
  .map((m) => ({ id: m.id, kind: m.data.kind }));
console.log(formatKindCounts(countKinds(models), all ? Infinity : 60).join("\n"));
console.log(formatKindCounts(countKinds(active), 0)[0]!.replace(/^kinds:/, "active (a live offering):"));
