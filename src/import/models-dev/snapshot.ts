/**
 * Reads a models.dev snapshot folder: provider.toml files, offering files under
 * `providers/<p>/models/**`, and provider-neutral model files under `models/<lab>/**`.
 * Unparsable files and dangling symbolic links are reported and skipped; the rest is read.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse, TomlDate, TomlError } from "smol-toml";
import type { Issue, SnapshotMeta, Table } from "./types";

export interface SnapshotFile {
  /** Snapshot-relative path, `/`-separated, e.g. `providers/openai/models/gpt-4.1-nano.toml`. */
  path: string;
  data: Table;
}

export interface SnapshotOffering extends SnapshotFile {
  provider: string;
  /** The path under `providers/<p>/models/` without `.toml`, exactly as upstream spells it. */
  fileId: string;
}

export interface Snapshot {
  providers: Map<string, SnapshotFile>;
  offerings: SnapshotOffering[];
  /** Keyed by `<lab>/<id>` exactly as the path spells it. */
  models: Map<string, SnapshotFile>;
  /** Lab folders: `models/<lab>/` and `labs/<lab>/`. */
  labs: Set<string>;
  meta?: Partial<SnapshotMeta>;
  issues: Issue[];
}

/** Converts TOML dates (unquoted `2025-04-14`) to strings so the rest of the importer sees text. */
function plain(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString().slice(0, value.isDate() ? 10 : undefined);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    const out: Table = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return value;
}

/** Parses one TOML text; a syntax error becomes an issue naming the line and column. */
export function parseToml(text: string, path: string): { data?: Table; issue?: Issue } {
  try {
    return { data: plain(parse(text)) as Table };
  } catch (error) {
    const e = error as Error;
    const where = e instanceof TomlError ? ` at line ${e.line}, column ${e.column}` : "";
    const first = e.message.split("\n")[0]!.replace(/^Invalid TOML document: /, "");
    return { issue: { kind: "unparsable", path, reason: `not valid TOML${where}: ${first}` } };
  }
}

type Kind = "file" | "dir" | "dangling" | "other";

function kindOf(abs: string): Kind {
  const l = lstatSync(abs);
  if (!l.isSymbolicLink()) return l.isDirectory() ? "dir" : l.isFile() ? "file" : "other";
  try {
    const s = statSync(abs);
    return s.isDirectory() ? "dir" : s.isFile() ? "file" : "other";
  } catch {
    return "dangling";
  }
}

/** Lists `.toml` files under `dir` (snapshot-relative), following links and reporting dangling ones. */
function tomlFiles(root: string, rel: string, issues: Issue[], depth = 0): string[] {
  const abs = join(root, rel);
  if (!existsSync(abs) || depth > 8) return [];
  const out: string[] = [];
  for (const name of readdirSync(abs).sort()) {
    const childRel = `${rel}/${name}`;
    const kind = kindOf(join(root, childRel));
    if (kind === "dangling") {
      if (name.endsWith(".toml") || !name.includes(".")) {
        issues.push({
          kind: "dangling-link",
          path: childRel,
          reason: "symbolic link whose target is missing; skipped",
        });
      }
    } else if (kind === "dir") out.push(...tomlFiles(root, childRel, issues, depth + 1));
    else if (kind === "file" && name.endsWith(".toml")) out.push(childRel);
  }
  return out;
}

function readToml(root: string, rel: string, issues: Issue[]): Table | undefined {
  const { data, issue } = parseToml(readFileSync(join(root, rel), "utf8"), rel);
  if (issue) issues.push(issue);
  return data;
}

/** Reads `SNAPSHOT` (`... commit <sha>, committed <ISO date> ...`), where present. */
export function readSnapshotMeta(root: string): Partial<SnapshotMeta> | undefined {
  const file = join(root, "SNAPSHOT");
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  const commit = /commit ([0-9a-f]{7,40})/.exec(text)?.[1];
  const date = /committed (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  return { commit, date };
}

/** Reads every provider, offering and model file of a snapshot. */
export function readSnapshot(root: string): Snapshot {
  const issues: Issue[] = [];
  const providers = new Map<string, SnapshotFile>();
  const offerings: SnapshotOffering[] = [];
  const models = new Map<string, SnapshotFile>();
  const labs = new Set<string>();

  const providersDir = join(root, "providers");
  if (existsSync(providersDir)) {
    for (const id of readdirSync(providersDir).sort()) {
      const rel = `providers/${id}`;
      const kind = kindOf(join(root, rel));
      if (kind === "dangling") {
        issues.push({ kind: "dangling-link", path: rel, reason: "symbolic link whose target is missing; skipped" });
        continue;
      }
      if (kind !== "dir") continue;
      const providerRel = `${rel}/provider.toml`;
      const providerKind =
        existsSync(join(root, providerRel)) || lstatExists(join(root, providerRel))
          ? kindOf(join(root, providerRel))
          : undefined;
      if (providerKind === "dangling") {
        issues.push({
          kind: "dangling-link",
          path: providerRel,
          reason: "symbolic link whose target is missing; provider skipped",
        });
        continue;
      }
      if (providerKind !== "file") {
        issues.push({
          kind: "missing-provider",
          path: rel,
          reason: "no provider.toml; the provider and its offerings are skipped",
        });
        continue;
      }
      const data = readToml(root, providerRel, issues);
      if (!data) continue;
      providers.set(id, { path: providerRel, data });
      const modelsRel = `${rel}/models`;
      for (const path of tomlFiles(root, modelsRel, issues)) {
        const fileData = readToml(root, path, issues);
        if (!fileData) continue;
        offerings.push({
          provider: id,
          fileId: path.slice(modelsRel.length + 1, -".toml".length),
          path,
          data: fileData,
        });
      }
    }
  }

  for (const dir of ["models", "labs"]) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const lab of readdirSync(abs).sort()) if (kindOf(join(abs, lab)) === "dir") labs.add(lab);
  }
  for (const path of tomlFiles(root, "models", issues)) {
    const data = readToml(root, path, issues);
    if (data) models.set(path.slice("models/".length, -".toml".length), { path, data });
  }
  return { providers, offerings, models, labs, meta: readSnapshotMeta(root), issues };
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
