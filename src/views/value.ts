/**
 * Price against quality: each model's blended price (3:1 input:output, `blendedPrice`) against its
 * best score on one benchmark, and the Pareto frontier (no other model is both cheaper and better).
 */
import type { CatalogViews } from "./catalog-views";

export interface ValuePoint {
  id: string;
  name: string;
  creator: string;
  /** Blended 3:1 price, USD per 1M tokens, of the model's cheapest live paid offering. */
  price: number;
  score: number;
}

/**
 * The ids on the Pareto frontier: points for which no other point is at most as expensive and at
 * least as good, and strictly better in one of the two. Ties on both count as on the frontier.
 */
export function paretoFrontier(points: readonly ValuePoint[], higherIsBetter = true): Set<string> {
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const sorted = [...points].sort(
    (a, b) => a.price - b.price || (higherIsBetter ? b.score - a.score : a.score - b.score),
  );
  const frontier = new Set<string>();
  let best: number | undefined;
  let bestPrice: number | undefined;
  for (const p of sorted) {
    if (best === undefined || better(p.score, best) || (p.score === best && p.price === bestPrice)) {
      frontier.add(p.id);
      if (best === undefined || better(p.score, best)) {
        best = p.score;
        bestPrice = p.price;
      }
    }
  }
  return frontier;
}

/** The models with both a blended price and a score on `benchmark` (their best score). */
export function valuePoints(views: CatalogViews, benchmark: string): ValuePoint[] {
  const higher = views.catalog.benchmarks.get(benchmark)?.data.higherIsBetter ?? true;
  const out: ValuePoint[] = [];
  for (const m of views.models) {
    if (m.blended === undefined || m.entry.data.status === "retired") continue;
    const scores = (m.entry.data.benchmarks ?? []).filter((r) => r.benchmark === benchmark).map((r) => r.score);
    if (!scores.length) continue;
    out.push({
      id: m.entry.id,
      name: m.entry.data.name,
      creator: m.creatorName,
      price: m.blended,
      score: higher ? Math.max(...scores) : Math.min(...scores),
    });
  }
  return out.sort((a, b) => a.price - b.price || a.id.localeCompare(b.id));
}
