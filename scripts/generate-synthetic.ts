/**
 * `npx tsx scripts/generate-synthetic.ts --models 5000 --out /tmp/atlas-synthetic`: writes a synthetic
 * catalog (see scripts/lib/synthetic.ts) as `<out>/content/`. Refuses to write into this repository's
 * own content/, and into a folder that already has a content/.
 */
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { generateSyntheticCatalog } from "./lib/synthetic";

export function writeSyntheticCatalog(out: string, models: number, seed = 1): { files: number; models: number } {
  const root = resolve(out);
  if (root === resolve(process.cwd()) || existsSync(join(root, "content"))) {
    throw new Error(`refusing to write a synthetic catalog into ${root}: it has a content/ folder already`);
  }
  const files = generateSyntheticCatalog(models, seed);
  const dirs = new Set(files.map((f) => dirname(join(root, f.path))));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(root, f.path), f.text);
  return { files: files.length, models };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const models = Number(arg("models") ?? 1000);
  const out = arg("out");
  if (!out || !Number.isInteger(models) || models < 1) {
    console.error("usage: npx tsx scripts/generate-synthetic.ts --models <n> --out <dir> [--seed <n>]");
    process.exit(2);
  }
  const { files } = writeSyntheticCatalog(out, models, Number(arg("seed") ?? 1));
  console.log(`wrote ${files} files (${models} models) under ${resolve(out)}/content`);
}
