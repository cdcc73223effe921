/** Figures of an import for its report: records after the merge, and how offerings were grouped. */
import type { Merged } from "./steps/merge-committed";
import type { GroupRule, OfferingDraft } from "./types";

export interface ImportStats {
  providers: number;
  models: number;
  offerings: number;
  retired: number;
  /** Offerings built from this snapshot and its history, by grouping rule. */
  byRule: Record<GroupRule, number>;
  /** The same, for offerings in the snapshot only (not retired). */
  activeByRule: Record<GroupRule, number>;
  /** History files merged into another spelling of the same path (case-only renames upstream). */
  caseRenames: number;
  /** Offerings per provider after the merge, and how many of them are retired. */
  perProvider: Map<string, { offerings: number; retired: number }>;
}

const noRules = (): Record<GroupRule, number> => ({
  base: 0,
  qualified: 0,
  "first-party": 0,
  "missing-base": 0,
  standalone: 0,
});

export function statsOf(merged: Merged, written: OfferingDraft[], caseRenames: number): ImportStats {
  const stats: ImportStats = {
    providers: 0,
    models: 0,
    offerings: 0,
    retired: 0,
    byRule: noRules(),
    activeByRule: noRules(),
    caseRenames,
    perProvider: merged.perProvider,
  };
  for (const rel of merged.files.keys()) {
    if (rel.startsWith("providers/")) stats.providers++;
    else if (rel.startsWith("models/")) stats.models++;
  }
  for (const per of merged.perProvider.values()) {
    stats.offerings += per.offerings;
    stats.retired += per.retired;
  }
  for (const d of written) {
    stats.byRule[d.rule!]++;
    if (d.resolved) stats.activeByRule[d.rule!]++;
  }
  return stats;
}
