/** What the importer reads of our own content: curated models (ids and facts) and benchmark ids. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { IdentityDecisions, Model } from "~/schemas";
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
  return { curatedModels, benchmarks, identity: readIdentityDecisions(root) };
}

/**
 * Reads `<root>/content/curated/identity.json` (none when absent). Unlike other curated files, a
 * broken one stops the import: a decision silently ignored would merge or split models.
 */
export function readIdentityDecisions(root: string): Known["identity"] {
  const file = join(root, "content", "curated", "identity.json");
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = IdentityDecisions.safeParse(data);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`${file}: ${i.path.join(".") || "(root)"}: ${i.message}`);
  }
  return { aliases: parsed.data.aliases, notSame: parsed.data.notSame };
}
