/**
 * `base_model` inheritance: an offering file may name a provider-neutral model file
 * (`base_model = "openai/gpt-5.4"` -> `models/openai/gpt-5.4.toml`) and inherit its fields.
 *
 * Rules (as upstream applies them):
 * - a field the offering sets overrides the inherited one;
 * - an overridden nested table (`[limit]`, `[cost]`, ...) replaces the inherited table whole;
 * - `base_model_omit = ["cost.tiers", "limit.input"]` drops those dotted paths from what is inherited.
 * Between April and June 2026 upstream had no model files; an offering could instead inherit from
 * another provider's offering with `[extends] from = "<provider>/<id>"` and `omit = [...]`, under
 * the same rules (see `extendsOf`).
 */
import type { Table } from "./types";

const isTable = (v: unknown): v is Table => !!v && typeof v === "object" && !Array.isArray(v);

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Deletes a dotted path (`cost.tiers`) from a table; returns whether something was there. */
export function omitPath(table: Table, dotted: string): boolean {
  const parts = dotted.split(".");
  let cur: unknown = table;
  for (const part of parts.slice(0, -1)) {
    if (!isTable(cur)) return false;
    cur = cur[part];
  }
  const last = parts[parts.length - 1]!;
  if (!isTable(cur) || !(last in cur)) return false;
  delete cur[last];
  return true;
}

/** The `base_model` an offering names, if any. */
export function baseModelOf(data: Table): string | undefined {
  return typeof data.base_model === "string" ? data.base_model : undefined;
}

/** The offering an `[extends]` table names, as `providers/<p>/models/<id>.toml`, if any. */
export function extendsOf(data: Table): string | undefined {
  if (!isTable(data.extends) || typeof data.extends.from !== "string") return undefined;
  const [provider, ...rest] = data.extends.from.split("/");
  return rest.length ? `providers/${provider}/models/${rest.join("/")}.toml` : undefined;
}

/** The dotted paths of `base_model_omit`, ignoring anything that is not a string. */
export function omitsOf(data: Table): string[] {
  const list = data.base_model_omit ?? (isTable(data.extends) ? data.extends.omit : undefined);
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === "string") : [];
}

/** Resolves an offering over its base: the base minus omitted paths, then the offering's own fields. */
export function resolveInheritance(own: Table, base: Table | undefined): Table {
  if (!base) {
    const out = clone(own);
    delete out.base_model;
    delete out.base_model_omit;
    delete out.extends;
    return out;
  }
  const out = clone(base);
  delete out.base_model;
  delete out.base_model_omit;
  delete out.extends;
  for (const path of omitsOf(own)) omitPath(out, path);
  for (const [key, value] of Object.entries(own)) {
    if (key === "base_model" || key === "base_model_omit" || key === "extends") continue;
    out[key] = clone(value);
  }
  return out;
}
