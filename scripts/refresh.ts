/**
 * `npm run refresh [-- --source <url|path|bundle>] [--clone <dir>] [--branch dev] [import options]`
 *
 * One command for a living catalog: fetch (or update) a models.dev clone, import from it (history
 * from git since the last import), validate the whole catalog, and print the report. Works offline
 * from a local path or a git bundle. Progress goes to stderr; the report to stdout (the scheduled
 * workflow uses it as the pull request's body). Exits non-zero when anything refuses.
 *
 * Defaults: source $MODELS_DEV_SOURCE or https://github.com/sst/models.dev.git, clone
 * $MODELS_DEV_CLONE or .cache/models.dev, branch dev.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadCatalog } from "../src/catalog/load-catalog";
import { formatProblem } from "../src/catalog/problems";
import { importModelsDev } from "../src/import/models-dev/command";

const { values } = parseArgs({
  options: {
    source: { type: "string", default: process.env.MODELS_DEV_SOURCE ?? "https://github.com/sst/models.dev.git" },
    clone: { type: "string", default: process.env.MODELS_DEV_CLONE ?? ".cache/models.dev" },
    branch: { type: "string", default: "dev" },
    root: { type: "string", default: "." },
    "accept-removals": { type: "boolean", default: false },
    "accept-changes": { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
  },
});

const started = performance.now();
const say = (line: string) =>
  console.error(`[refresh ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
function fail(message: string): never {
  console.error(`refresh: ${message}`);
  process.exit(1);
}
const git = (args: string[]) => execFileSync("git", args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });

const root = resolve(values.root!);
const clone = resolve(root, values.clone!);
const source = existsSync(values.source!) ? resolve(values.source!) : values.source!;
const branch = values.branch!;

say(`phase 1/3: fetch ${source} (${branch}) into ${clone}`);
try {
  if (!existsSync(`${clone}/.git`)) {
    mkdirSync(dirname(clone), { recursive: true });
    git(["clone", "--quiet", "--branch", branch, source, clone]);
  } else {
    git(["-C", clone, "fetch", "--quiet", source, `${branch}`]);
    git(["-C", clone, "checkout", "--quiet", "--detach", "FETCH_HEAD"]);
  }
} catch (error) {
  fail(
    `cannot fetch models.dev from ${source}: ${(error as Error & { stderr?: string }).stderr?.trim() || (error as Error).message}`,
  );
}
say(`clone at ${git(["-C", clone, "log", "-1", "--format=%h of %cs"]).trim()}`);

say("phase 2/3: import");
const outcome = importModelsDev(
  {
    root,
    snapshotDir: clone,
    acceptRemovals: values["accept-removals"],
    acceptChanges: values["accept-changes"],
    dryRun: values["dry-run"],
  },
  (line) => say(`  ${line}`),
);
if (!outcome.ok) {
  console.log(outcome.report);
  fail(outcome.error!);
}

say("phase 3/3: validate the whole catalog");
const { catalog, problems } = loadCatalog(root);
const errors = problems.filter((p) => p.level === "error");
say(
  `validated ${catalog.providers.size} providers, ${catalog.models.size} models, ${catalog.offerings.size} offerings: ${errors.length} errors`,
);
console.log(outcome.report);
if (errors.length) {
  for (const p of errors.slice(0, 50)) console.log(formatProblem(p));
  fail(`${errors.length} validation errors after the import: do not merge`);
}
say("done");
