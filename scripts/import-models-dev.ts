/**
 * `npm run import:models-dev -- <snapshot dir> [--history <events.json>] [--date YYYY-MM-DD] [--commit <sha>] [--dry-run] [--verbose]`
 *
 * Imports a models.dev snapshot into content/imported/models-dev/ (providers, models, offerings in
 * our schema), atomically, and prints a report. Never writes into content/curated.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { HistoryFile } from "../src/import/models-dev/history";
import { readKnown } from "../src/import/models-dev/known";
import { diffTrees, formatReport } from "../src/import/models-dev/report";
import { runImport } from "../src/import/models-dev/run";
import { readTree, writeTreeAtomically } from "../src/import/models-dev/write";

function fail(message: string): never {
  console.error(`import-models-dev: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    history: { type: "string" },
    date: { type: "string" },
    commit: { type: "string" },
    root: { type: "string", default: "." },
    "dry-run": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
});
const snapshotDir = positionals[0];
if (!snapshotDir)
  fail("missing the snapshot folder (usage: npm run import:models-dev -- <snapshot dir> [--history <events.json>])");
if (!existsSync(join(snapshotDir, "providers")))
  fail(`${snapshotDir} is not a models.dev snapshot (expected a providers/ folder in it)`);
if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
  fail(`--date must be written YYYY-MM-DD (found ${values.date})`);

let history: HistoryFile | undefined;
if (values.history) {
  try {
    history = JSON.parse(readFileSync(values.history, "utf8")) as HistoryFile;
  } catch (error) {
    fail(`cannot read the history ${values.history}: ${(error as Error).message}`);
  }
  if (!history || typeof history.events !== "object")
    fail(`${values.history} has no "events" object (expected {events: {"providers/<p>/models/<id>.toml": [...]}})`);
}

const started = performance.now();
const root = resolve(values.root!);
const target = join(root, "content", "imported", "models-dev");
let result;
try {
  result = runImport({
    snapshotDir,
    history,
    known: readKnown(root),
    meta: { date: values.date, commit: values.commit },
  });
} catch (error) {
  fail((error as Error).message);
}
const diff = diffTrees(readTree(target), result.files);
if (!values["dry-run"]) {
  try {
    writeTreeAtomically(target, result.files);
  } catch (error) {
    fail(`writing failed, content/ is unchanged: ${(error as Error).message}`);
  }
}
console.log(formatReport(result, diff, { verbose: values.verbose, seconds: (performance.now() - started) / 1000 }));
if (values["dry-run"]) console.log("dry run: nothing written");
