/**
 * The one merge step: curated records over imported ones, field by field.
 *
 * Precedence, for each entity with the same id in both origins:
 * - a top-level field the curated record sets wins; one it leaves out comes from the import;
 * - `capabilities` and `limits` merge key by key (curated keys win);
 * - `benchmarks` are the union, curated results winning for the same benchmark and variant;
 * - `sources` are the union;
 * - an offering's price history: where the curated history covers a date (from its first entry on),
 *   it wins; imported entries in that period that disagree become `observations` (source
 *   disagreements, not price changes). Imported entries before the curated history stay.
 */
import type { Entry } from "./content";
import type { Model, Offering, PriceEntry, Source } from "~/schemas";
import { ENTRY_PRICE_KEYS, samePrices } from "~/schemas";

type Record = { [key: string]: unknown; sources?: Source[] };

function unionSources(a: Source[], b: Source[]): Source[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mergeRecords<T extends Record>(imported: T, curated: T): T {
  const out: Record = { ...imported };
  for (const [key, value] of Object.entries(curated)) {
    if (value === undefined) continue;
    const base = imported[key];
    if ((key === "capabilities" || key === "limits") && base && typeof base === "object") {
      out[key] = { ...(base as object), ...(value as object) };
    } else {
      out[key] = value;
    }
  }
  if (curated.sources || imported.sources) out.sources = unionSources(curated.sources ?? [], imported.sources ?? []);
  return out as T;
}

function mergeBenchmarks(imported: Model["benchmarks"], curated: Model["benchmarks"]): Model["benchmarks"] {
  if (!imported?.length) return curated;
  if (!curated?.length) return imported;
  const key = (r: { benchmark: string; variant?: string }) => `${r.benchmark}\u0000${r.variant ?? ""}`;
  const curatedKeys = new Set(curated.map(key));
  return [...curated, ...imported.filter((r) => !curatedKeys.has(key(r)))];
}

/** Merges a curated price history over an imported one (see the module comment). */
export function mergeHistory(
  imported: PriceEntry[],
  curated: PriceEntry[],
): { prices: PriceEntry[]; observations: NonNullable<Offering["observations"]> } {
  if (!curated.length) return { prices: imported, observations: [] };
  const start = curated[0]!.from;
  const before = imported.filter((e) => e.from < start);
  const prices = [...before, ...curated].filter((e, i, all) => i === 0 || !samePrices(all[i - 1]!, e));
  const observations: NonNullable<Offering["observations"]> = [];
  for (const observed of imported.filter((e) => e.from >= start)) {
    const inForce = [...curated].reverse().find((e) => e.from <= observed.from)!;
    for (const field of ENTRY_PRICE_KEYS) {
      const value = observed[field];
      const official = inForce[field];
      if (value !== undefined && official !== undefined && value !== official) {
        observations.push({ from: observed.from, field, value, source: observed.source });
      }
    }
  }
  return { prices, observations };
}

/** Merges entries that share an id; curated entries come last in `entries` and win. */
export function mergeEntries<T extends object>(
  entries: Entry<T>[],
  kind: "provider" | "model" | "offering" | "benchmark",
): Map<string, Entry<T>> {
  const byId = new Map<string, Entry<T>>();
  for (const entry of entries) {
    const prev = byId.get(entry.id);
    if (!prev) {
      byId.set(entry.id, entry);
      continue;
    }
    let data = mergeRecords(prev.data as Record, entry.data as Record) as T;
    if (kind === "model") {
      const benchmarks = mergeBenchmarks(
        (prev.data as unknown as Model).benchmarks,
        (entry.data as unknown as Model).benchmarks,
      );
      data = { ...data, benchmarks };
    }
    if (kind === "offering") {
      const a = prev.data as unknown as Offering;
      const b = entry.data as unknown as Offering;
      const { prices, observations } = mergeHistory(a.prices, b.prices);
      const all = [...(a.observations ?? []), ...(b.observations ?? []), ...observations];
      data = { ...data, prices, ...(all.length ? { observations: all } : {}) };
    }
    byId.set(entry.id, {
      id: entry.id,
      data,
      files: [...prev.files, ...entry.files],
      parts: [...(prev.parts ?? []), ...(entry.parts ?? [])],
      origin: entry.origin,
    });
  }
  return byId;
}
