/**
 * `npm run import:models-dev -- <models.dev dir> [--history <events.json>] [--litellm <history.json>] [--date YYYY-MM-DD]
 *   [--commit <sha>] [--accept-removals] [--accept-changes] [--dry-run] [--verbose]`
 *
 * Imports a models.dev snapshot into content/imported/models-dev/, which it reads first: the
 * committed catalog is the importer's state and only gains (new prices, new offerings,
 * retirements; see src/import/models-dev/run.ts). When the folder is a git checkout of models.dev,
 * its commit, date and the cost changes since the last import come from git. Nothing is written
 * when the snapshot is refused, a record fails its schema, or the mass-change guard stops the run.
 * Never writes into content/curated.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { importModelsDev, type ImportArgs } from "../src/import/models-dev/command";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    history: { type: "string" },
    litellm: { type: "string" },
    date: { type: "string" },
    commit: { type: "string" },
    root: { type: "string", default: "." },
    "accept-removals": { type: "boolean", default: false },
    "accept-changes": { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(`import-models-dev: ${message}`);
  process.exit(1);
}

const snapshotDir = positionals[0];
if (!snapshotDir)
  fail("missing the snapshot folder (usage: npm run import:models-dev -- <snapshot dir> [--history <events.json>])");
if (!existsSync(join(snapshotDir, "providers")))
  fail(`${snapshotDir} is not a models.dev snapshot (expected a providers/ folder in it)`);

const args: ImportArgs = {
  root: resolve(values.root!),
  snapshotDir,
  litellm: values.litellm,
  date: values.date,
  commit: values.commit,
  acceptRemovals: values["accept-removals"],
  acceptChanges: values["accept-changes"],
  dryRun: values["dry-run"],
  verbose: values.verbose,
};
if (values.history) {
  try {
    args.history = JSON.parse(readFileSync(values.history, "utf8")) as ImportArgs["history"];
  } catch (error) {
    fail(`cannot read the history ${values.history}: ${(error as Error).message}`);
  }
  if (!args.history || typeof args.history.events !== "object")
    fail(`${values.history} has no "events" object (expected {events: {"providers/<p>/models/<id>.toml": [...]}})`);
}

// The import is synchronous: a signal waits until it has written everything or nothing (staging
// folders are cleaned on every exit path), then ends the run.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => {
    console.error(`import-models-dev: stopped by ${signal}`);
    process.exit(130);
  });

const outcome = importModelsDev(args, (line) => console.error(`  ... ${line}`));
console.log(outcome.report);
if (!outcome.ok) {
  console.error(`import-models-dev: ${outcome.error}`);
  process.exit(1);
}
