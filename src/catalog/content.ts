/**
 * Reads the records under `content/`, checks each against its schema, and merges curated records
 * over imported ones. Pure Node (no Astro), so `scripts/validate.ts`, the build and tests share it.
 *
 * Layout (ids come from paths, never from inside the files):
 *   content/benchmarks/<id>.json
 *   content/<origin>/providers/<id>.json
 *   content/<origin>/models/<creator>/<slug>.json     (+ optional <slug>.md: curated prose)
 *   content/<origin>/offerings/<provider>/<model id at the provider>.json
 * where <origin> is `curated` or `imported/<dataset>`. Curated records win field by field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { Benchmark, Model, ModelProse, Offering, Provider } from "~/schemas";
import { lineAndColumn, problemsFromZod, type Problem } from "./problems";

export type Origin = "curated" | "imported";

export interface Entry<T> {
  id: string;
  data: T;
  /** Project-relative paths of the files this entry was built from, curated last. */
  files: string[];
  origin: Origin;
}

export interface Prose {
  data: ModelProse;
  /** The Markdown body: the overview, paragraphs separated by blank lines. */
  body: string;
  file: string;
}

export interface RawContent {
  providers: Entry<Provider>[];
  models: Entry<Model>[];
  offerings: Entry<Offering>[];
  benchmarks: Entry<Benchmark>[];
  prose: Map<string, Prose>;
  /**
   * Ids of records that exist but failed to parse or to match their schema, as `<kind>:<id>`
   * (`model:openai/gpt-4.1-nano`). Their own problems are reported; references to them are not
   * reported again as missing.
   */
  invalid: Set<string>;
}

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  // Dirents save a stat call per file (15,000 on the real catalog); symlinks are still followed.
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith(".")) continue; // importers' staging folders, editor files
    const path = join(dir, name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory());
    if (isDir) out.push(...walk(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

function idFromPath(base: string, file: string, ext: string): string {
  return relative(base, file).slice(0, -ext.length).split(sep).join("/");
}

/** Parses JSON, reporting a syntax error with its line and column. */
export function parseJson(text: string, file: string): { value?: unknown; problem?: Problem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? lineAndColumn(text, Number(at[1])) : undefined;
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    return {
      problem: {
        file,
        field: "",
        message: `malformed JSON${where ? ` at line ${where.line}, column ${where.column}` : ""}: ${reason} (expected valid JSON)`,
        level: "error",
      },
    };
  }
}

function readRecords<S extends z.ZodType>(
  root: string,
  dir: string,
  schema: S,
  origin: Origin,
  problems: Problem[],
  invalid: { set: Set<string>; kind: string },
  depth?: number,
): Entry<z.output<S>>[] {
  const entries: Entry<z.output<S>>[] = [];
  for (const path of walk(dir, ".json")) {
    const file = relative(root, path).split(sep).join("/");
    const id = idFromPath(dir, path, ".json");
    if (depth !== undefined && id.split("/").length !== depth) {
      problems.push({
        file,
        field: "",
        message: `file is at the wrong depth (expected ${depth === 1 ? "<id>.json" : "<creator>/<slug>.json"}, found ${id}.json)`,
        level: "error",
      });
      continue;
    }
    const { value, problem } = parseJson(readFileSync(path, "utf8"), file);
    if (problem) {
      problems.push(problem);
      invalid.set.add(`${invalid.kind}:${id}`);
      continue;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      problems.push(...problemsFromZod(file, result.error, value));
      invalid.set.add(`${invalid.kind}:${id}`);
      continue;
    }
    const data = result.data as z.output<S> & { $schema?: string };
    delete data.$schema;
    entries.push({ id, data, files: [file], origin });
  }
  return entries;
}

/** Splits `---\nyaml\n---\nbody` into its frontmatter and body. */
function readProse(root: string, path: string, problems: Problem[]): Prose | undefined {
  const file = relative(root, path).split(sep).join("/");
  const text = readFileSync(path, "utf8");
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) {
    problems.push({
      file,
      field: "",
      message: "missing frontmatter (expected the file to start with a --- block, found none)",
      level: "error",
    });
    return undefined;
  }
  let front: unknown;
  try {
    front = parseYaml(match[1]!, { prettyErrors: true });
  } catch (error) {
    const e = error as Error & { linePos?: { line: number; col: number }[] };
    const pos = e.linePos?.[0];
    problems.push({
      file,
      field: "",
      // linePos counts from the first frontmatter line; +1 for the opening `---` gives the file's line.
      // yaml's own message repeats its (frontmatter-relative) position, which would contradict ours: drop it.
      message: `malformed frontmatter${pos ? ` at line ${pos.line + 1}, column ${pos.col}` : ""}: ${e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?\s*$/, "")} (expected valid YAML)`,
      level: "error",
    });
    return undefined;
  }
  const result = ModelProse.safeParse(front);
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error, front));
    return undefined;
  }
  return { data: result.data, body: match[2]!.trim(), file };
}

/**
 * The origins under content/: every `imported/<dataset>` folder, then `curated` (which wins).
 * ATLAS_CURATED_ONLY=1 leaves the imports out: a quick build of the hand-written records for development.
 */
export function originDirs(contentDir: string): { dir: string; origin: Origin }[] {
  const imported = join(contentDir, "imported");
  const dirs: { dir: string; origin: Origin }[] = [];
  if (existsSync(imported) && process.env.ATLAS_CURATED_ONLY !== "1") {
    for (const name of readdirSync(imported).sort()) {
      if (name.startsWith(".")) continue;
      if (statSync(join(imported, name)).isDirectory()) dirs.push({ dir: join(imported, name), origin: "imported" });
    }
  }
  dirs.push({ dir: join(contentDir, "curated"), origin: "curated" });
  return dirs;
}

/** Reads and schema-checks every record under `<root>/content`. */
export function readContent(root: string): { content: RawContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const contentDir = join(root, "content");
  const invalid = new Set<string>();
  const content: RawContent = {
    providers: [],
    models: [],
    offerings: [],
    benchmarks: readRecords(
      root,
      join(contentDir, "benchmarks"),
      Benchmark,
      "curated",
      problems,
      { set: invalid, kind: "benchmark" },
      1,
    ),
    prose: new Map(),
    invalid,
  };
  for (const { dir, origin } of originDirs(contentDir)) {
    content.providers.push(
      ...readRecords(root, join(dir, "providers"), Provider, origin, problems, { set: invalid, kind: "provider" }, 1),
    );
    content.models.push(
      ...readRecords(root, join(dir, "models"), Model, origin, problems, { set: invalid, kind: "model" }, 2),
    );
    content.offerings.push(
      ...readRecords(root, join(dir, "offerings"), Offering, origin, problems, { set: invalid, kind: "offering" }),
    );
    if (origin === "curated") {
      for (const path of walk(join(dir, "models"), ".md")) {
        const prose = readProse(root, path, problems);
        if (prose) content.prose.set(idFromPath(join(dir, "models"), path, ".md"), prose);
      }
    }
  }
  for (const offering of content.offerings) {
    if (!offering.id.includes("/")) {
      problems.push({
        file: offering.files[0]!,
        field: "",
        message: `offering is not in a provider folder (expected offerings/<provider>/<id>.json, found offerings/${offering.id}.json)`,
        level: "error",
      });
    }
  }
  return { content, problems };
}
