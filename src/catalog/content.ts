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
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { Benchmark, Model, ModelProse, Offering, Provider, SourcePrices } from "~/schemas";
import { API_ID_SEGMENT_PATTERN, API_ID_SEGMENT_RULE, SLUG_PATTERN, SLUG_RULE } from "~/schemas/common";
import { byExtension, checkFolders, readText, relPath, walk, walker, type Walker } from "./files";
import { lineAndColumn, problemsFromZod, type Problem } from "./problems";

export type Origin = "curated" | "imported";

export interface Entry<T> {
  id: string;
  data: T;
  /** Project-relative paths of the files this entry was built from, curated last. */
  files: string[];
  /**
   * The records as read from each file, in the order of `files`. A merged record's values are
   * these records' values (the same objects), so a problem can name the file and index that hold it.
   */
  parts?: { file: string; data: T }[];
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
  /** Prices of offerings as a second source lists them (`imported/<dataset>/prices/`; second-source.ts). */
  sourcePrices: Entry<SourcePrices>[];
  prose: Map<string, Prose>;
  /**
   * Ids of records that exist but failed to parse or to match their schema, as `<kind>:<id>`
   * (`model:openai/gpt-4.1-nano`). Their own problems are reported; references to them are not
   * reported again as missing.
   */
  invalid: Set<string>;
}

function idFromPath(base: string, file: string, ext: string): string {
  return relative(base, file).slice(0, -ext.length).split(sep).join("/");
}

export type RecordKind = "benchmark" | "provider" | "model" | "offering";

/**
 * Why an id taken from a file's path is not a valid id, or undefined. Provider, benchmark and model
 * ids are lower-case slugs; an offering's path after its provider keeps the provider's spelling.
 */
export function idError(id: string, kind: RecordKind): string | undefined {
  const segments = id.split("/");
  for (const [i, segment] of segments.entries()) {
    const apiId = kind === "offering" && i > 0;
    if ((apiId ? API_ID_SEGMENT_PATTERN : SLUG_PATTERN).test(segment)) continue;
    const where = segments.length > 1 ? `"${segment}" in ${id}` : `"${segment}"`;
    return `file name is not a valid id (expected ${apiId ? API_ID_SEGMENT_RULE : SLUG_RULE}, found ${where})`;
  }
  return undefined;
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
  w: Walker,
  paths: string[],
  dir: string,
  schema: S,
  origin: Origin,
  invalid: { set: Set<string>; kind: RecordKind },
  depth?: number,
): Entry<z.output<S>>[] {
  const { root, problems } = w;
  const entries: Entry<z.output<S>>[] = [];
  for (const path of paths) {
    const file = relPath(root, path);
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
    const bad = idError(id, invalid.kind);
    if (bad) {
      problems.push({ file, field: "", message: bad, level: "error" });
      continue;
    }
    const text = readText(w, path);
    if (text === undefined) {
      invalid.set.add(`${invalid.kind}:${id}`);
      continue;
    }
    const { value, problem } = parseJson(text, file);
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
    entries.push({ id, data, files: [file], parts: [{ file, data }], origin });
  }
  return entries;
}

/** Splits `---\nyaml\n---\nbody` into its frontmatter and body. */
function readProse(w: Walker, path: string): Prose | undefined {
  const { root, problems } = w;
  const file = relPath(root, path);
  const text = readText(w, path);
  if (text === undefined) return undefined;
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
  if (process.env.ATLAS_CURATED_ONLY !== "1") {
    for (const name of datasetNames(imported)) dirs.push({ dir: join(imported, name), origin: "imported" });
  }
  dirs.push({ dir: join(contentDir, "curated"), origin: "curated" });
  return dirs;
}

/** The dataset folders under content/imported (a broken link or a file is not one). */
function datasetNames(imported: string): string[] {
  let names: string[];
  try {
    names = readdirSync(imported).sort();
  } catch {
    return [];
  }
  return names.filter((name) => {
    if (name.startsWith(".")) return false;
    try {
      return statSync(join(imported, name)).isDirectory();
    } catch {
      return false;
    }
  });
}

const RECORD_FOLDERS = ["providers", "models", "offerings"] as const;
/** Files of curated decisions beside the curated records: identity (src/import/identity) and prices (trust.ts). */
const CURATED_FILES = ["identity.json", "price-decisions.json", "price-rules.json"] as const;
/** An imported dataset that is a second source of prices keeps them here (SourcePrices records). */
const PRICES_FOLDER = "prices";

/** Reads and schema-checks every record under `<root>/content`. */
export function readContent(root: string): { content: RawContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const w = walker(root, problems);
  const contentDir = join(root, "content");
  const invalid = new Set<string>();
  checkFolders(w, contentDir, ["benchmarks", "curated", "imported"]);
  checkFolders(w, join(contentDir, "imported"), datasetNames(join(contentDir, "imported")));
  const jsonIn = (dir: string) => byExtension(w, walk(w, dir), [".json"]).get(".json")!;
  const benchmarksDir = join(contentDir, "benchmarks");
  const content: RawContent = {
    providers: [],
    models: [],
    offerings: [],
    sourcePrices: [],
    benchmarks: readRecords(
      w,
      jsonIn(benchmarksDir),
      benchmarksDir,
      Benchmark,
      "curated",
      {
        set: invalid,
        kind: "benchmark",
      },
      1,
    ),
    prose: new Map(),
    invalid,
  };
  for (const { dir, origin } of originDirs(contentDir)) {
    checkFolders(
      w,
      dir,
      origin === "curated" ? RECORD_FOLDERS : [...RECORD_FOLDERS, PRICES_FOLDER],
      origin === "curated" ? CURATED_FILES : [],
    );
    if (origin === "imported") {
      const prices = join(dir, PRICES_FOLDER);
      content.sourcePrices.push(
        ...readRecords(w, jsonIn(prices), prices, SourcePrices, origin, { set: invalid, kind: "offering" }),
      );
    }
    const [providers, models, offerings] = RECORD_FOLDERS.map((name) => join(dir, name)) as [string, string, string];
    content.providers.push(
      ...readRecords(w, jsonIn(providers), providers, Provider, origin, { set: invalid, kind: "provider" }, 1),
    );
    // Curated models may have prose beside them; imported ones never do.
    const modelFiles = byExtension(w, walk(w, models), origin === "curated" ? [".json", ".md"] : [".json"]);
    content.models.push(
      ...readRecords(w, modelFiles.get(".json")!, models, Model, origin, { set: invalid, kind: "model" }, 2),
    );
    content.offerings.push(
      ...readRecords(w, jsonIn(offerings), offerings, Offering, origin, { set: invalid, kind: "offering" }),
    );
    for (const path of modelFiles.get(".md") ?? []) {
      const id = idFromPath(models, path, ".md");
      const bad = idError(id, "model");
      if (bad) {
        problems.push({ file: relPath(root, path), field: "", message: bad, level: "error" });
        continue;
      }
      const prose = readProse(w, path);
      if (prose) content.prose.set(id, prose);
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
