/**
 * `npm run build`: validates content, builds the site with Astro and indexes it with pagefind into
 * `.build/dist`, then swaps it into `dist/`. Invalid content or a failed step leaves the previous
 * `dist/` as it was: nothing half-written.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { loadCatalog } from "../src/lib/load-catalog";
import { formatProblem } from "../src/lib/problems";

const STAGING = ".build/dist";
const OUT = "dist";

function run(command: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\nbuild failed: ${command} ${args.join(" ")} exited with ${result.status ?? result.signal}; ${OUT}/ was left as it was`);
    rmSync(STAGING, { recursive: true, force: true });
    process.exit(1);
  }
  console.log(`${command}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const started = performance.now();
const { problems } = loadCatalog(process.cwd());
const errors = problems.filter((p) => p.level === "error");
if (errors.length) {
  for (const p of errors) console.error(formatProblem(p));
  console.error(`\nbuild refused: ${errors.length} content error${errors.length === 1 ? "" : "s"} (see npm run validate); ${OUT}/ was left as it was`);
  process.exit(1);
}
rmSync(STAGING, { recursive: true, force: true });
run("astro", ["build", "--outDir", STAGING]);
run("pagefind", ["--site", STAGING]);
if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
renameSync(STAGING, OUT);
console.log(`built ${OUT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
