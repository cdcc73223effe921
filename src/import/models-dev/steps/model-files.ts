/**
 * Step: provider-neutral models from `models/<lab>/<id>.toml`. Each file gives one model id
 * (`<lab>/<slug>`); the index answers "which model does this file (or this id) name?".
 */
import { Reporter, slugify } from "../fields";
import { modelFactsOf, type ModelFacts } from "../model-facts";
import type { Snapshot } from "../snapshot";
import type { StepContext } from "../types";
import { reportUnmapped } from "../unmapped";

export interface ModelIndex {
  /** Model id -> the facts of its file and the file's path. */
  facts: Map<string, { facts: ModelFacts; path: string }>;
  /** Exact `<lab>/<id>` as the path spells it -> model id. */
  idOfFile: Map<string, string>;
  /** The same, lower-cased. */
  idOfFileLower: Map<string, string>;
  /** Model id -> exact `<lab>/<id>`. */
  fileOfId: Map<string, string>;
  /** Whether a model id exists (from a model file or curated content). */
  exists(id: string): boolean;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function collectModelFiles(snap: Snapshot, ctx: StepContext): ModelIndex {
  const { issues, meta, known } = ctx;
  const index: ModelIndex = {
    facts: new Map(),
    idOfFile: new Map(),
    idOfFileLower: new Map(),
    fileOfId: new Map(),
    exists: (id) => index.facts.has(id) || known.curatedModels.has(id),
  };
  for (const [key, file] of [...snap.models].sort(([a], [b]) => cmp(a, b))) {
    const [lab, ...rest] = key.split("/");
    const slug = slugify(rest.join("-"));
    const id = `${slugify(lab!)}/${slug}`;
    if (!rest.length || !slug) {
      issues.push({ kind: "skipped", path: file.path, reason: "model file is not at models/<lab>/<id>.toml; skipped" });
      continue;
    }
    if (index.facts.has(id)) {
      issues.push({
        kind: "skipped",
        path: file.path,
        reason: `another model file already gives model id ${id}; skipped`,
      });
      continue;
    }
    const r = new Reporter(file.path, issues);
    reportUnmapped(file.data, r);
    index.facts.set(id, { facts: modelFactsOf(file.data, r, meta, known.benchmarks, rest.join("/")), path: file.path });
    index.idOfFile.set(key, id);
    index.fileOfId.set(id, key);
    index.idOfFileLower.set(key.toLowerCase(), id);
  }
  return index;
}
