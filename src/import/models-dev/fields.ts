/**
 * Reading single upstream values: strings, booleans, slugs, the source every imported record cites,
 * and the Reporter that collects issues for one upstream file. Values of the wrong type are
 * reported and left out (unknown), never coerced.
 */
import type { Source } from "~/schemas";
import type { Issue, SnapshotMeta, Table } from "./types";

export const MODELS_DEV_URL = "https://models.dev";

export const isTable = (v: unknown): v is Table => !!v && typeof v === "object" && !Array.isArray(v);

/** The source every imported record cites: the snapshot, and the upstream file it was read from. */
export function snapshotSource(meta: SnapshotMeta, path?: string): Source {
  return {
    name: "models.dev",
    url: MODELS_DEV_URL,
    retrieved: meta.date,
    ...(meta.commit ? { commit: meta.commit } : {}),
    ...(path ? { note: `upstream file ${path}` } : {}),
  };
}

/** Lower-cases and replaces every character a slug cannot hold with `-`. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-+$/, "");
  return slug;
}

/** Collects issues for one upstream file. */
export class Reporter {
  /**
   * @param only when set, issues are kept only for these top-level keys: an offering that inherits
   * from a model file reports its own fields, not the inherited ones (reported with the model file).
   */
  constructor(
    readonly path: string,
    readonly issues: Issue[],
    readonly only?: ReadonlySet<string>,
  ) {}
  invalid(key: string, expected: string, found: unknown): void {
    this.add({
      kind: "invalid-value",
      key,
      reason: `expected ${expected}, found ${JSON.stringify(found)}; left out (unknown)`,
    });
  }
  add(issue: Omit<Issue, "path">): void {
    if (this.only && issue.key && !this.only.has(issue.key.split(".")[0]!)) return;
    this.issues.push({ ...issue, path: this.path });
  }
}

export function text(data: Table, key: string, r: Reporter): string | undefined {
  const v = data[key];
  if (v === undefined) return undefined;
  if (typeof v === "string" && v.trim()) return v.trim();
  r.invalid(key, "a non-empty string", v);
  return undefined;
}

export function bool(data: Table, key: string, r: Reporter): boolean | undefined {
  const v = data[key];
  if (v === undefined) return undefined;
  if (typeof v === "boolean") return v;
  r.invalid(key, "true or false", v);
  return undefined;
}

export function matches(schema: { safeParse(v: unknown): { success: boolean } }, v: unknown): boolean {
  return schema.safeParse(v).success;
}
