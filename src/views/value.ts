/**
 * Price against quality: each model's blended price (3:1 input:output, `blendedPrice`) against its
 * best score on one benchmark, and the Pareto frontier (no other model is both cheaper and better).
 */
import type { CatalogViews } from "./catalog-views";
import { isLive } from "~/shared/vocabulary";
import { bestResult } from "./leaderboard";

export interface ValuePoint {
  id: string;
  name: string;
  creator: string;
  /** Blended 3:1 price, USD per 1M tokens, of the model's cheapest live paid offering. */
  price: number;
  score: number;
}

/** The models with both a blended price and a score on `benchmark` (their best score). */
export function valuePoints(views: CatalogViews, benchmark: string): ValuePoint[] {
  const higher = views.catalog.benchmarks.get(benchmark)?.data.higherIsBetter ?? true;
  const out: ValuePoint[] = [];
  for (const m of views.models) {
    // Blended token prices compare chat models (an unknown kind included), never other kinds.
    const kind = m.entry.data.kind;
    if (m.blended === undefined || !isLive(m.entry.data.status) || (kind && kind !== "chat")) continue;
    const best = bestResult(m, benchmark, higher);
    if (!best) continue;
    out.push({
      id: m.entry.id,
      name: m.entry.data.name,
      creator: m.creatorName,
      price: m.blended,
      score: best.score,
    });
  }
  return out.sort((a, b) => a.price - b.price || a.id.localeCompare(b.id));
}
