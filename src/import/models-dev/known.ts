/** What the importer reads of our own content: curated models (ids and facts) and benchmark ids. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Model } from "~/schemas";
import type { Known } from "./types";

function jsonFiles(dir: string, prefix = ""): [string, string][] {
  if (!existsSync(dir)) return [];
  const out: [string, string][] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...jsonFiles(abs, `${prefix}${name}/`));
    else if (name.endsWith(".json")) out.push([`${prefix}${name.slice(0, -5)}`, abs]);
  }
  return out;
}

/** Reads `<root>/content/curated/models` and `<root>/content/benchmarks`. Invalid curated files are ignored here (validate reports them). */
export function readKnown(root: string): Known {
  const curatedModels: Known["curatedModels"] = new Map();
  for (const [id, file] of jsonFiles(join(root, "content", "curated", "models"))) {
    try {
      const parsed = Model.safeParse(JSON.parse(readFileSync(file, "utf8")));
      if (parsed.success) curatedModels.set(id, parsed.data);
    } catch {
      // Malformed JSON: `npm run validate` names it; the importer only needs the valid ids.
    }
  }
  const benchmarks = new Set(jsonFiles(join(root, "content", "benchmarks")).map(([id]) => id));
  return { curatedModels, benchmarks };
}
