/**
 * `npm run build`: runs two processes side by side, one a core: `astro build` (the pages) and
 * scripts/beside-astro.ts (checks the content, writes the plain files: the API's files, feeds,
 * redirect pages of merged ids; renders the share cards), and meanwhile refreshes the published
 * JSON Schemas. Then pagefind indexes what it reads of Astro's pages (src/publish/search-document.ts),
 * the plain files and cards join them in `.build/`, and the result is swapped into `dist/`. Invalid
 * content or a failed step leaves the previous `dist/` as it was: nothing half-written.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { accessSync, constants, copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { writeSearchDocuments } from "../src/publish/search-document";

// ATLAS_OUT builds elsewhere than dist/ (npm run test:subpath builds a second site beside it).
const OUT = process.env.ATLAS_OUT || "dist";
const STAGING = `.build/staging-${OUT.replace(/[^a-z0-9]+/gi, "-")}`;
const BESIDE = `${STAGING}-beside`;

/** A RAM disk, where the machine has one (Linux: /dev/shm), for files read once and deleted. */
function ramDisk(): string | undefined {
  try {
    accessSync("/dev/shm", constants.W_OK);
    return "/dev/shm";
  } catch {
    return undefined;
  }
}
// The search documents are written, read by pagefind and deleted: on this machine's disk, making
// ~2,800 folders and files took 3.9-6.8 s, on /dev/shm 1.2-1.5 s (6,877 documents). The process id
// keeps builds of other checkouts apart.
const SCRATCH = ramDisk();
const SEARCH_SOURCE = SCRATCH
  ? join(SCRATCH, `atlas-${STAGING.slice(".build/".length)}-search-${process.pid}`)
  : `${STAGING}-search`;

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function fail(message: string): never {
  console.error(`\n${message}; ${OUT}/ was left as it was`);
  rmSync(STAGING, { recursive: true, force: true });
  rmSync(BESIDE, { recursive: true, force: true });
  rmSync(SEARCH_SOURCE, { recursive: true, force: true });
  process.exit(1);
}

function run(label: string, command: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0)
    fail(`build failed: ${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
  console.log(`${label}: ${seconds(started)} s`);
}

/** Starts a process; resolves with its exit code and how long it ran. */
function start(
  command: string,
  args: string[],
): { child: ChildProcess; done: Promise<{ code: number | null; s: string }> } {
  const started = performance.now();
  const child = spawn(command, args, { stdio: "inherit" });
  const done = new Promise<{ code: number | null; s: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, s: seconds(started) })),
  );
  return { child, done };
}

/** Moves the tree `from` into `to`: a folder `to` lacks moves whole; one it has is merged. */
function moveInto(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    const dest = join(to, name);
    if (!existsSync(dest)) renameSync(src, dest);
    else if (statSync(src).isDirectory() && statSync(dest).isDirectory()) moveInto(src, dest);
    else fail(`build failed: ${dest} was written twice (by astro and by scripts/beside-astro.ts)`);
  }
}

// Interrupted, the build leaves nothing in RAM (staging folders in .build/ are replaced next time).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    rmSync(SEARCH_SOURCE, { recursive: true, force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

const started = performance.now();
rmSync(STAGING, { recursive: true, force: true });
const beside = start("tsx", ["--expose-gc", "scripts/beside-astro.ts", BESIDE]);
const astro = start("astro", ["build", "--outDir", STAGING]);
// The JSON Schemas are brought up to date while both processes start (0.2-0.3 s with the import);
// a file rewritten here is copied into the site again after Astro, whenever Astro copied public/.
let schemas: string[] = [];
try {
  const { syncJsonSchemas } = await import("../src/publish/json-schemas");
  schemas = syncJsonSchemas("public/schemas");
} catch (error) {
  for (const { child } of [beside, astro]) child.kill();
  fail(`build failed: refreshing public/schemas: ${error instanceof Error ? error.message : String(error)}`);
}
for (const path of schemas) console.log(`wrote ${path}`);
// Invalid content stops Astro at once: the checks print every error, Astro's own would only repeat them.
const besideDone = await beside.done;
if (besideDone.code !== 0) {
  astro.child.kill();
  await astro.done;
  fail(`build refused: content errors above, or scripts/beside-astro.ts exited with ${besideDone.code}`);
}
const astroDone = await astro.done;
if (astroDone.code !== 0) fail(`build failed: astro build exited with ${astroDone.code}`);
for (const path of schemas) copyFileSync(path, join(STAGING, relative("public", path)));
// Printed after Astro's log, whose lines the other process would otherwise split.
console.log(`beside-astro: ${besideDone.s} s`);
console.log(`astro: ${astroDone.s} s`);
// Pagefind reads the search documents of the only pages with a search-index body (Layout's
// `searchable`: model and provider pages): what it indexes of each page and nothing else, a few KB
// instead of 40-190 KB a page; the index is the same as from the pages.
const documents = performance.now();
rmSync(SEARCH_SOURCE, { recursive: true, force: true });
const written = writeSearchDocuments(STAGING, SEARCH_SOURCE);
console.log(`search documents: ${written} in ${seconds(documents)} s`);
run("pagefind", "pagefind", ["--site", SEARCH_SOURCE, "--output-path", join(STAGING, "pagefind")]);
moveInto(join(BESIDE, "site"), STAGING);
for (const dir of ["og", "icons"]) renameSync(join(BESIDE, dir), join(STAGING, dir));
rmSync(BESIDE, { recursive: true, force: true });
// Swap by renames (dist/ is never missing), then delete the old site: deleting ~12,000 files takes
// seconds, and is timed apart so it is not mistaken for build work.
const OLD = `${STAGING}-old`;
rmSync(OLD, { recursive: true, force: true });
if (existsSync(OUT)) renameSync(OUT, OLD);
renameSync(STAGING, OUT);
console.log(`built ${OUT}/ in ${seconds(started)} s`);
const cleanup = performance.now();
for (const dir of [OLD, SEARCH_SOURCE]) rmSync(dir, { recursive: true, force: true });
console.log(`removed the previous ${OUT}/ and the search documents in ${seconds(cleanup)} s`);
