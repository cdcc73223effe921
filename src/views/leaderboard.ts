/**
 * Benchmark leaderboards: each model's best result on a benchmark, its rank (from the views), its
 * cheapest blended price, and the value leaders (the Pareto front of score against price).
 */
import type { BenchmarkResult } from "~/schemas";
import type { CatalogViews, ModelView } from "./catalog-views";

export interface ValuePoint {
  id: string;
  score: number;
  /** Blended price, USD per 1M tokens; null when unknown (such a model is never a value leader). */
  price: number | null;
}

/**
 * The value leaders: models with a known price that no other priced model dominates. A model is
 * dominated when another scores at least as well for no more money and is strictly better on one
 * of the two (so of two models with the same score, only the cheaper leads; an exact tie on both
 * keeps both). `higherIsBetter` false flips the score direction (e.g. error rates).
 */
export function valueLeaders(points: readonly ValuePoint[], higherIsBetter = true): Set<string> {
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const priced = points.filter((p): p is ValuePoint & { price: number } => p.price !== null);
  // Cheapest first (best score first among equals): a point leads when it beats the best score seen so far.
  priced.sort((a, b) => a.price - b.price || (better(a.score, b.score) ? -1 : better(b.score, a.score) ? 1 : 0));
  const leaders = new Set<string>();
  let best: { score: number; price: number } | undefined;
  for (const p of priced) {
    if (!best || better(p.score, best.score)) {
      leaders.add(p.id);
      best = { score: p.score, price: p.price };
    } else if (p.score === best.score && p.price === best.price) {
      leaders.add(p.id);
    }
  }
  return leaders;
}

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
  const leaders = valueLeaders(
    rows.map((r) => ({ id: r.model.entry.id, score: r.result.score, price: r.price })),
    higher,
  );
  for (const r of rows) r.valueLeader = leaders.has(r.model.entry.id);
  return rows.sort((a, b) => a.rank - b.rank || a.model.entry.data.name.localeCompare(b.model.entry.data.name));
}
