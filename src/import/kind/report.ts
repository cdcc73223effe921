/**
 * Counts of models per kind and the models no rule could place, for the import report and
 * `npm run kinds` (which counts the loaded catalog, curated kinds included).
 */
import type { ModelKind } from "~/schemas";
import { MODEL_KINDS } from "~/shared/vocabulary";

export interface KindCounts {
  perKind: Map<ModelKind, number>;
  /** Ids of the models with no kind, sorted. */
  unplaced: string[];
  total: number;
}

/** Counts models (redirect records left out by the caller) per kind. */
export function countKinds(models: Iterable<{ id: string; kind?: ModelKind }>): KindCounts {
  const perKind = new Map<ModelKind, number>(MODEL_KINDS.map((k) => [k, 0]));
  const unplaced: string[] = [];
  let total = 0;
  for (const m of models) {
    total++;
    if (m.kind) perKind.set(m.kind, (perKind.get(m.kind) ?? 0) + 1);
    else unplaced.push(m.id);
  }
  return { perKind, unplaced: unplaced.sort(), total };
}

/** Report lines: one with the counts, then the unplaced models (the first `limit`, all when verbose). */
export function formatKindCounts(counts: KindCounts, limit = 40): string[] {
  const parts = MODEL_KINDS.map((k) => `${k} ${counts.perKind.get(k) ?? 0}`);
  const lines = [`kinds: ${counts.total} models: ${parts.join(", ")}, unknown ${counts.unplaced.length}`];
  if (counts.unplaced.length) {
    const shown = counts.unplaced.slice(0, limit);
    const more = counts.unplaced.length - shown.length;
    lines.push(`  unplaced (no rule decides): ${shown.join(", ")}${more > 0 ? `, ... and ${more} more` : ""}`);
  }
  return lines;
}
