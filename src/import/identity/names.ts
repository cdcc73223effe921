/**
 * Distinct models of one maker that upstream names alike (a dated snapshot and its alias, an
 * `-instruct` id and its short form) get names that tell them apart: the model with the shortest
 * id keeps the name, the others add their id in brackets ("Claude 3 Haiku (claude-3-haiku-20240307)").
 * Pure: records in, new names out.
 */
import { normalizedName } from "./normalize";

export interface NamedModel {
  id: string;
  name: string;
  /** A curated name: it is kept, and others of the maker named alike give way. */
  fixed?: boolean;
}

/** The name without the " (<slug>)" this module added (so that renaming is idempotent). */
export function baseName(m: NamedModel): string {
  const suffix = ` (${m.id.split("/")[1]})`;
  return m.name.endsWith(suffix) ? m.name.slice(0, -suffix.length) : m.name;
}

/** New names for the models whose name changes (absent: keeps its name). */
export function disambiguatedNames(input: readonly NamedModel[]): Map<string, string> {
  const models = input.map((m) => ({ id: m.id, name: m.fixed ? m.name : baseName(m), was: m.name, fixed: !!m.fixed }));
  const groups = new Map<string, typeof models>();
  for (const m of models) {
    const key = `${m.id.split("/")[0]}|${normalizedName(m.name)}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    group.sort((a, b) => Number(b.fixed) - Number(a.fixed) || a.id.length - b.id.length || (a.id < b.id ? -1 : 1));
    group.forEach((m, i) => {
      if (m.fixed) return;
      const name = i === 0 ? m.name : `${m.name} (${m.id.split("/")[1]})`;
      if (name !== m.was) out.set(m.id, name);
    });
  }
  return out;
}
