/** Families: groups of sibling models (`family` on the model), for the family index and pages. */
import { bestResult } from "./leaderboard";
import type { CatalogViews, ModelView } from "./catalog-views";

export interface FamilySummary {
  id: string;
  members: ModelView[];
  /** Creator names, most members first. */
  creators: string[];
  latest?: string;
  /** The lowest blended (3:1) price among members, where any is known. */
  cheapest?: number;
}

/** Members newest first (unknown release dates last), then by name. */
export function familyMembers(views: CatalogViews, id: string): ModelView[] {
  return [...(views.families.get(id) ?? [])].sort(
    (a, b) =>
      (b.entry.data.releaseDate ?? "").localeCompare(a.entry.data.releaseDate ?? "") ||
      a.entry.data.name.localeCompare(b.entry.data.name),
  );
}

/** Every family, by id. */
export function familySummaries(views: CatalogViews): FamilySummary[] {
  return [...views.families.keys()].sort().map((id) => {
    const members = familyMembers(views, id);
    const counts = new Map<string, number>();
    for (const m of members) counts.set(m.creatorName, (counts.get(m.creatorName) ?? 0) + 1);
    const prices = members.map((m) => m.blended).filter((p): p is number => p !== undefined);
    return {
      id,
      members,
      creators: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name),
      latest: members.find((m) => m.entry.data.releaseDate)?.entry.data.releaseDate,
      cheapest: prices.length ? Math.min(...prices) : undefined,
    };
  });
}

/**
 * The benchmarks worth a column on a family page: those with results for the most members
 * (at least one), up to `limit`, each with every member's best score.
 */
export function familyBenchmarks(views: CatalogViews, members: readonly ModelView[], limit = 4) {
  const counts = new Map<string, number>();
  for (const m of members)
    for (const id of new Set((m.entry.data.benchmarks ?? []).map((r) => r.benchmark)))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id]) => {
      const benchmark = views.catalog.benchmarks.get(id)!;
      return {
        benchmark,
        scores: new Map(members.map((m) => [m.entry.id, bestResult(m, id, benchmark.data.higherIsBetter)?.score])),
      };
    });
}
