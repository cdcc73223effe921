/**
 * `npm run import:litellm -- <history.json> [--dry-run]`
 *
 * Imports the LiteLLM price file's history (../shared/data/litellm/history.json) as a second source:
 * `content/imported/litellm/prices/`, one record per key that names an offering of the catalog
 * (src/import/litellm/run.ts). The committed records are the state and only gain. Nothing is
 * written when a record fails its schema; the report lists every key left out and why.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadCatalog } from "../src/catalog/load-catalog";
import { litellmReport, runLitellmImport, type LitellmHistory } from "../src/import/litellm/run";
import { cleanStaging, readTree, writeTreeAtomically } from "../src/import/models-dev/write";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false }, root: { type: "string", default: "." } },
});
const fail = (message: string): never => {
  console.error(`import-litellm: ${message}`);
  process.exit(1);
};

const path = positionals[0] ?? fail("missing the history file (usage: npm run import:litellm -- <history.json>)");
let history: LitellmHistory;
try {
  history = JSON.parse(readFileSync(path, "utf8")) as LitellmHistory;
} catch (error) {
  fail(`cannot read ${path}: ${(error as Error).message}`);
}
if (typeof history!.models !== "object" || !Array.isArray(history!.versions) || !history!.versions.length)
  fail(`${path} is not a LiteLLM history (expected "versions": [{date, commit}] and "models": {key: [...]})`);

const root = values.root!;
const target = join(root, "content/imported/litellm");
cleanStaging(target);
const { catalog } = loadCatalog(root);
const committed = readTree(target);
const result = runLitellmImport(history!, new Set(catalog.offerings.keys()), committed);
console.log(litellmReport(result));
if (result.errors.length) fail(`${result.errors.length} records failed their schema; nothing written`);
const changed = [...result.files].filter(([rel, text]) => committed.get(rel) !== text).length;
if (!changed) console.log("nothing to change");
else if (values["dry-run"]) console.log(`would write ${changed} records (dry run)`);
else {
  writeTreeAtomically(target, result.files);
  console.log(`wrote ${changed} records under ${target}`);
}
