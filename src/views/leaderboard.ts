/**
 * Benchmark leaderboards: each model's best result on a benchmark, its rank (from the views), its
 * cheapest blended price, and the value leaders (the Pareto front of score against price).
 */
import type { BenchmarkResult } from "~/schemas";
import type { CatalogViews, ModelView } from "./catalog-views";
import { paretoFrontier } from "./pareto";

/** Fewer results than this make no leaderboard: the page lists them unranked and profiles show no rank. */
export const MIN_RANKED = 5;

/** Whether a benchmark with `of` results is ranked at all. */
export const isRanked = (of: number): boolean => of >= MIN_RANKED;

export interface LeaderboardRow {
  model: ModelView;
  rank: number;
  of: number;
  result: BenchmarkResult;
  price: number | null;
  valueLeader: boolean;
}

/** The best result of a model on a benchmark (ties: the most recent). */
export function bestResult(model: ModelView, benchmarkId: string, higherIsBetter = true): BenchmarkResult | undefined {
  let best: BenchmarkResult | undefined;
  for (const r of model.entry.data.benchmarks ?? []) {
    if (r.benchmark !== benchmarkId) continue;
    const better =
      !best ||
      (higherIsBetter ? r.score > best.score : r.score < best.score) ||
      (r.score === best.score && r.date > best.date);
    if (better) best = r;
  }
  return best;
}

/** The leaderboard of a benchmark, best rank first (ties by name). */
export function leaderboard(views: CatalogViews, benchmarkId: string): LeaderboardRow[] {
  const benchmark = views.catalog.benchmarks.get(benchmarkId);
  const ranks = views.ranks.get(benchmarkId);
  if (!benchmark || !ranks) return [];
  const higher = benchmark.data.higherIsBetter;
  const rows = [...ranks].map(([id, { rank, of }]) => {
    const model = views.byId.get(id)!;
    return {
      model,
      rank,
      of,
      result: bestResult(model, benchmarkId, higher)!,
      price: model.blended ?? null,
      valueLeader: false,
    };
  });
  const leaders = paretoFrontier(
    rows.map((r) => ({ id: r.model.entry.id, score: r.result.score, price: r.price })),
    higher,
  );
  for (const r of rows) r.valueLeader = leaders.has(r.model.entry.id);
  return rows.sort((a, b) => a.rank - b.rank || a.model.entry.data.name.localeCompare(b.model.entry.data.name));
}
