/**
 * `npm run bench [-- --sizes real,1000,5000,20000] [--repeat N]`: how the build scales (with
 * `--repeat`, each catalog is built N times and the fastest run is kept).
 *
 * Each catalog is built in a temporary copy of the project under /tmp (src/, public/, scripts/, integrations/,
 * astro.config.mjs, package.json, tsconfig.json copied; node_modules entries symlinked; content/
 * a symlink to this repo's content/ for `real`, or written by the synthetic generator for a
 * number), with `scripts/build.ts` (astro beside scripts/beside-astro.ts, then pagefind), so this repo's content/ and dist/
 * are never touched. Next to each, an empty Astro project (one `[id].astro` route rendering a
 * trivial page) is built with the same astro for as many pages, as the yardstick of per-page cost.
 *
 * Memory: /proc is polled every 100 ms and the resident set sizes (VmRSS) of every process in the
 * build's tree are summed; the peak of that sum is reported (shared pages count once per process,
 * so it overstates a little), with the peak of the largest single process beside it.
 *
 * The real catalog's build takes its share cards from the repo's card cache, as a rebuild does; a
 * synthetic catalog's renders none (ATLAS_OG_CARDS=off): the goals time validation, Astro and pagefind.
 *
 * Prints a table and writes it as JSON to .build/bench.json. Runs one build at a time.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { loadCatalog } from "../src/catalog/load-catalog";
import { writeSyntheticCatalog } from "./generate-synthetic";
import { budget, formatBudget } from "./lib/bench-budget";
import { measure, type Measured } from "./lib/measure";

const REPO = resolve(import.meta.dirname, "..");
/** scripts/beside-astro.ts keeps rendered share cards here. */
const CARD_CACHE = ".build/og-cache";

/** node_modules as a folder of symlinks, so caches astro and vite write there stay in the copy. */
function linkNodeModules(dir: string): void {
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(REPO, "node_modules"))) {
    if (name === ".vite" || name === ".astro" || name === ".cache") continue;
    symlinkSync(join(REPO, "node_modules", name), join(dir, "node_modules", name));
  }
}

/**
 * Folders of this run's builds, deleted when the run ends, never between builds: on this machine's
 * disk, writing thousands of files right after deleting thousands is several times slower (the
 * beside process's 13,142 plain files: 24.2 s into a folder just deleted, 2.2 s into a new one),
 * which would time the previous build's clean-up as this build's work.
 */
const workDirs: string[] = [];
function workDir(name: string): string {
  const dir = `/tmp/atlas-bench-${name}-${process.pid}-${workDirs.length}`;
  workDirs.push(dir);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function removeWorkDirs(): void {
  const stale = readdirSync("/tmp")
    .filter((name) => name.startsWith("atlas-bench-"))
    .map((name) => `/tmp/${name}`);
  for (const dir of new Set([...workDirs, ...stale])) rmSync(dir, { recursive: true, force: true });
}

function projectCopy(name: string): string {
  const dir = workDir(name);
  for (const entry of [
    "src",
    "public",
    "scripts",
    "integrations",
    "astro.config.mjs",
    "package.json",
    "tsconfig.json",
  ]) {
    cpSync(join(REPO, entry), join(dir, entry), { recursive: true });
  }
  linkNodeModules(dir);
  return dir;
}

function emptyProject(pages: number): string {
  const dir = workDir(`empty-${pages}`);
  mkdirSync(join(dir, "src/pages"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "empty-bench", private: true, type: "module" }));
  writeFileSync(
    join(dir, "astro.config.mjs"),
    `import { defineConfig } from "astro/config";\nexport default defineConfig({ trailingSlash: "always", build: { format: "directory" }, devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(dir, "src/pages/[id].astro"),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`page-\${i}\` } }));\n}\nconst { id } = Astro.params;\n---\n<html lang="en"><head><meta charset="utf-8"><title>{id}</title></head><body><h1>Page {id}</h1></body></html>\n`,
  );
  linkNodeModules(dir);
  return dir;
}

function walkFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walkFiles(path, out);
    else out.push(path);
  }
  return out;
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

function seconds(stdout: string, step: string): number | undefined {
  const m = new RegExp(`^${step}: ([\\d.]+) s$`, "m").exec(stdout);
  return m ? Number(m[1]) : undefined;
}

interface Row {
  catalog: string;
  models: number;
  offerings: number;
  htmlPages: number;
  jsonFiles: number;
  wallS: number;
  /** scripts/beside-astro.ts (content check, plain files, share cards), run beside Astro. */
  besideS?: number;
  astroS?: number;
  pagefindS?: number;
  /** The search documents cut out of the pages before pagefind (src/publish/search-document.ts). */
  docsS?: number;
  pagesPerS: number;
  peakTreeRssMb: number;
  peakAstroRssMb?: number;
  peakPagefindRssMb?: number;
  distMb: number;
  medianProfileKb: number;
  medianProfileGzipKb: number;
  /** 90th percentile of the gzipped profile pages (the sample). */
  p90ProfileGzipKb: number;
  emptyWallS: number;
  /** (our build's wall time / pages) / (empty astro's wall time / pages), same page count. */
  perPageRatio: number;
  /** The same with only our `astro build` step (no validation, no pagefind). */
  astroPerPageRatio?: number;
  perPageMs: number;
}

async function benchOne(size: string): Promise<Row> {
  const dir = projectCopy(size);
  const env = { ...process.env };
  delete env.ATLAS_CURATED_ONLY; // the whole catalog, always
  if (size === "real") {
    symlinkSync(join(REPO, "content"), join(dir, "content"));
    // A rebuild, as `npm run build` runs it: the share cards from the repo's card cache (hard links).
    if (existsSync(join(REPO, CARD_CACHE))) {
      mkdirSync(join(dir, ".build"), { recursive: true });
      spawnSync("cp", ["-al", join(REPO, CARD_CACHE), join(dir, CARD_CACHE)]);
    }
  } else {
    writeSyntheticCatalog(dir, Number(size));
    // Cards of a synthetic catalog are never cached: rendering them all would time resvg, not the build.
    env.ATLAS_OG_CARDS = "off";
  }
  console.log(`\n[${size}] building in ${dir} …`);
  const ours = await measure("tsx", ["scripts/build.ts"], dir, env);
  if (ours.status !== 0) throw new Error(`build of ${size} failed`);
  const built = /(\d+) page\(s\) built/.exec(ours.stdout);
  const dist = join(dir, "dist");
  const files = walkFiles(dist);
  const html = files.filter((f) => f.endsWith(".html"));
  // Profiles, not the redirect pages left at merged ids (tiny; they would pull the median down).
  const profiles = html.filter(
    (f) => /\/models\/[^/]+\/[^/]+\/index\.html$/.test(f) && !readFileSync(f, "utf8").includes('name="atlas-redirect"'),
  );
  const sizes = profiles.map((f) => statSync(f).size);
  const step = Math.max(1, Math.floor(profiles.length / 1000)); // gzip a sample of at most ~1000 pages
  const gz = profiles.filter((_, i) => i % step === 0).map((f) => gzipSync(readFileSync(f)).length);
  const { catalog } = loadCatalog(dir);
  console.log(
    `[${size}] ${ours.wallS.toFixed(1)} s, ${html.length} pages (astro: ${built?.[1] ?? "?"}); empty astro with ${html.length} pages …`,
  );

  const empty: Measured = await measure("astro", ["build"], emptyProject(html.length));
  if (empty.status !== 0) throw new Error("empty astro build failed");
  const astroS = seconds(ours.stdout, "astro");
  const perPage = ours.wallS / html.length;
  const emptyPerPage = empty.wallS / html.length;
  return {
    catalog: size === "real" ? "real (content/)" : `synthetic ${size}`,
    models: profiles.length,
    offerings: catalog.offerings.size,
    htmlPages: html.length,
    jsonFiles: files.filter((f) => f.endsWith(".json") && f.includes("/api/models/")).length,
    wallS: round(ours.wallS),
    besideS: seconds(ours.stdout, "beside-astro"),
    astroS,
    pagefindS: seconds(ours.stdout, "pagefind"),
    docsS: Number(/^search documents: \d+ in ([\d.]+) s$/m.exec(ours.stdout)?.[1] ?? NaN) || undefined,
    pagesPerS: Math.round(html.length / ours.wallS),
    peakTreeRssMb: ours.peakTreeRssMb,
    peakAstroRssMb: ours.peakByKindMb.astro,
    peakPagefindRssMb: ours.peakByKindMb.pagefind,
    distMb: round(files.reduce((s, f) => s + statSync(f).size, 0) / 2 ** 20),
    medianProfileKb: round(median(sizes) / 1024),
    medianProfileGzipKb: round(median(gz) / 1024),
    p90ProfileGzipKb: round(percentile(gz, 0.9) / 1024),
    emptyWallS: round(empty.wallS),
    perPageMs: round(perPage * 1000, 2),
    perPageRatio: round(perPage / emptyPerPage, 2),
    astroPerPageRatio: astroS === undefined ? undefined : round(astroS / html.length / emptyPerPage, 2),
  };
}

function round(x: number, digits = 1): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}

function table(rows: Row[]): string {
  const cols: [string, (r: Row) => string][] = [
    ["catalog", (r) => r.catalog],
    ["models", (r) => String(r.models)],
    ["offerings", (r) => String(r.offerings)],
    ["pages", (r) => String(r.htmlPages)],
    ["wall s", (r) => r.wallS.toFixed(1)],
    ["beside s", (r) => r.besideS?.toFixed(1) ?? "?"],
    ["astro s", (r) => r.astroS?.toFixed(1) ?? "?"],
    ["docs s", (r) => r.docsS?.toFixed(1) ?? "?"],
    ["pagefind s", (r) => r.pagefindS?.toFixed(1) ?? "?"],
    ["pages/s", (r) => String(r.pagesPerS)],
    ["ms/page", (r) => r.perPageMs.toFixed(2)],
    ["peak MB (tree)", (r) => String(r.peakTreeRssMb)],
    ["astro MB", (r) => String(r.peakAstroRssMb ?? "?")],
    ["pagefind MB", (r) => String(r.peakPagefindRssMb ?? "?")],
    ["dist MB", (r) => r.distMb.toFixed(0)],
    ["profile KB (gz)", (r) => `${r.medianProfileKb.toFixed(1)} (${r.medianProfileGzipKb.toFixed(1)})`],
    ["p90 gz KB", (r) => r.p90ProfileGzipKb.toFixed(1)],
    ["empty astro s", (r) => r.emptyWallS.toFixed(1)],
    ["× empty/page", (r) => r.perPageRatio.toFixed(2)],
    ["astro × empty", (r) => r.astroPerPageRatio?.toFixed(2) ?? "?"],
  ];
  const cells = [cols.map(([h]) => h), ...rows.map((r) => cols.map(([, f]) => f(r)))];
  const widths = cols.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    `| ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(" | ")} |`;
  return [
    line(cells[0]!),
    `|${widths.map((w, i) => (i === 0 ? "-" : "") + "-".repeat(w + 1) + (i === 0 ? "" : ":")).join("|")}|`,
    ...cells.slice(1).map(line),
  ].join("\n");
}

function machine() {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  return {
    cpu: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? "unknown",
    nproc: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

async function main() {
  const i = process.argv.indexOf("--sizes");
  const sizes = (i === -1 ? "real,1000,5000,20000" : (process.argv[i + 1] ?? "")).split(",").filter(Boolean);
  if (!sizes.length || sizes.some((s) => s !== "real" && !(Number.isInteger(Number(s)) && Number(s) > 0))) {
    console.error("usage: npm run bench [-- --sizes real,1000,5000,20000] [--repeat N]");
    process.exit(2);
  }
  // `--repeat N`: each catalog built N times, the fastest run kept (this machine is shared: a
  // neighbour's load only ever slows a run down).
  const r = process.argv.indexOf("--repeat");
  const repeat = r === -1 ? 1 : Number(process.argv[r + 1]);
  if (!Number.isInteger(repeat) || repeat < 1) {
    console.error("usage: npm run bench [-- --sizes real,1000,5000,20000] [--repeat N]");
    process.exit(2);
  }
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      const runs: Row[] = [];
      for (let n = 0; n < repeat; n++) runs.push(await benchOne(size));
      if (repeat > 1) console.log(`[${size}] wall of ${repeat} runs: ${runs.map((x) => x.wallS).join(", ")} s`);
      rows.push(runs.reduce((best, x) => (x.wallS < best.wallS ? x : best)));
    }
  } finally {
    removeWorkDirs();
  }
  const m = machine();
  console.log(`\n${m.cpu}, ${m.nproc} cores, ${m.memoryGb} GB, Node ${m.node}`);
  console.log(table(rows));
  const synthetic = rows.filter((r) => r.catalog.startsWith("synthetic"));
  if (synthetic.length >= 2) {
    const [small, large] = [synthetic[0]!, synthetic[synthetic.length - 1]!];
    console.log(
      `per-page cost, ${large.models} vs ${small.models} models: ${(large.perPageMs / small.perPageMs).toFixed(2)}× (target ≤ 1.5×)`,
    );
  }
  console.log(`\nbudget:\n${formatBudget(budget(rows))}`);
  mkdirSync(join(REPO, ".build"), { recursive: true });
  writeFileSync(
    join(REPO, ".build/bench.json"),
    `${JSON.stringify({ date: new Date().toISOString(), machine: m, rows }, null, 2)}\n`,
  );
  console.log("written to .build/bench.json");
}

await main();
