/**
 * `npm run build`: refreshes the published JSON Schemas, validates content, builds the site with Astro (and the share cards
 * beside it, scripts/og-cards.ts) and indexes it with pagefind into
 * `.build/dist`, then swaps it into `dist/`. Invalid content or a failed step leaves the previous
 * `dist/` as it was: nothing half-written.
 *
 * The validation runs in a child process (`build.ts --check`), so the catalog it loads (~200 MB on
 * the real content, more at scale) is freed before Astro and pagefind start, instead of staying
 * resident in this process for the whole build.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { loadCatalog } from "../src/catalog/load-catalog";
import { formatProblem } from "../src/catalog/problems";
import { syncJsonSchemas } from "../src/publish/json-schemas";

// ATLAS_OUT builds elsewhere than dist/ (npm run test:subpath builds a second site beside it).
const OUT = process.env.ATLAS_OUT || "dist";
const STAGING = `.build/staging-${OUT.replace(/[^a-z0-9]+/gi, "-")}`;

/** Brings the published JSON Schemas up to date, then exits 1 with every content error printed when the content is not valid. */
function check(): void {
  for (const path of syncJsonSchemas("public/schemas")) console.log(`wrote ${path}`);
  const { problems } = loadCatalog(process.cwd());
  const errors = problems.filter((p) => p.level === "error");
  if (errors.length) {
    for (const p of errors) console.error(formatProblem(p));
    console.error(
      `\nbuild refused: ${errors.length} content error${errors.length === 1 ? "" : "s"} (see npm run validate); ${OUT}/ was left as it was`,
    );
    process.exit(1);
  }
}

function run(label: string, command: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    if (label !== "validate") {
      console.error(
        `\nbuild failed: ${command} ${args.join(" ")} exited with ${result.status ?? result.signal}; ${OUT}/ was left as it was`,
      );
    }
    rmSync(STAGING, { recursive: true, force: true });
    process.exit(1);
  }
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const CARDS = `${STAGING}-og`;

function startCards(): Promise<{ code: number | null }> {
  const child = spawn("tsx", ["--expose-gc", "scripts/og-cards.ts", CARDS], { stdio: "inherit" });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code })));
}

/** Waits for the share cards and moves them into the staged site (`og/`, `icons/`). */
async function finishCards(cards: ReturnType<typeof startCards>): Promise<void> {
  const waited = performance.now();
  const { code } = await cards;
  if (code !== 0) {
    console.error(`\nbuild failed: scripts/og-cards.ts exited with ${code}; ${OUT}/ was left as it was`);
    rmSync(STAGING, { recursive: true, force: true });
    process.exit(1);
  }
  for (const dir of ["og", "icons"]) renameSync(`${CARDS}/${dir}`, `${STAGING}/${dir}`);
  console.log(`og-cards: waited ${((performance.now() - waited) / 1000).toFixed(1)} s for them after astro`);
}

if (process.argv.includes("--check")) {
  check();
} else {
  const started = performance.now();
  run("validate", "tsx", [import.meta.filename, "--check"]);
  rmSync(STAGING, { recursive: true, force: true });
  // Share cards render in their own process beside Astro's (which uses one core), then join the site.
  const cards = startCards();
  run("astro", "astro", ["build", "--outDir", STAGING]);
  await finishCards(cards);
  run("pagefind", "pagefind", ["--site", STAGING]);
  // Swap by renames (dist/ is never missing), then delete the old site: deleting ~12,000 files takes
  // seconds, and is timed apart so it is not mistaken for build work.
  const OLD = `${STAGING}-old`;
  rmSync(OLD, { recursive: true, force: true });
  if (existsSync(OUT)) renameSync(OUT, OLD);
  renameSync(STAGING, OUT);
  console.log(`built ${OUT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const cleanup = performance.now();
  rmSync(OLD, { recursive: true, force: true });
  console.log(`removed the previous ${OUT}/ in ${((performance.now() - cleanup) / 1000).toFixed(1)} s`);
}
