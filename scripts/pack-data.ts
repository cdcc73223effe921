/**
 * `npm run pack:data [-- --root <project dir>] [-- --out <dir>]`: builds the npm package of the
 * catalog (scripts/lib/data-package.ts) from the content of `--root` (default: this project) and
 * packs it with `npm pack` into `--out` (default `.build/`). Prints the tarball's path last.
 * Its version is `<API version>.<YYYYMMDD of the newest record check>.0`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadCatalog } from "../src/catalog/load-catalog";
import { formatProblem } from "../src/catalog/problems";
import { buildViews } from "../src/views/catalog-views";
import { catalogSnapshot } from "../src/publish/api";
import { API_VERSION } from "../src/publish/api-meta";
import { BASE_PATH, SITE_URL } from "../src/deploy";
import { writeDataPackage } from "./lib/data-package";

const { values } = parseArgs({ options: { root: { type: "string" }, out: { type: "string" } } });
const root = resolve(values.root ?? ".");
const out = resolve(values.out ?? ".build");
const started = performance.now();

const { catalog, problems } = loadCatalog(root);
const errors = problems.filter((p) => p.level === "error");
if (errors.length) {
  for (const p of errors) console.error(formatProblem(p));
  console.error(`pack:data refused: ${errors.length} content error(s) in ${root}`);
  process.exit(1);
}
const views = buildViews(catalog);
const newest = catalogSnapshot(views).lastVerified ?? "1970-01-01";
const version = `${API_VERSION}.${newest.replace(/-/g, "")}.0`;

const dir = resolve(out, "data-package");
rmSync(dir, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await writeDataPackage(dir, views, new URL(BASE_PATH, SITE_URL).href, version);

const packed = spawnSync("npm", ["pack", "--silent", "--pack-destination", out], { cwd: dir, encoding: "utf8" });
if (packed.status !== 0) {
  console.error(`pack:data: npm pack failed in ${dir}:\n${packed.stderr}`);
  process.exit(1);
}
const tarball = resolve(out, packed.stdout.trim().split("\n").pop()!);
console.error(
  `pack:data: ${views.models.length} models, version ${version}, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(tarball);
