/**
 * The Pareto frontier of score against price, the one definition behind the value chart's frontier
 * and the leaderboards' value leaders.
 */

export interface ParetoPoint {
  id: string;
  score: number;
  /** Blended price, USD per 1M tokens; null when unknown (such a point is never on the frontier). */
  price: number | null;
}

/**
 * The ids on the frontier: priced points that no other priced point dominates. A point is dominated
 * when another scores at least as well for no more money and is strictly better on one of the two
 * (so of two points with the same score, only the cheaper is on it; an exact tie on both keeps both).
 * `higherIsBetter` false flips the score direction (error rates).
 */
export function paretoFrontier(points: readonly ParetoPoint[], higherIsBetter = true): Set<string> {
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const priced = points.filter((p): p is ParetoPoint & { price: number } => p.price !== null);
  // Cheapest first (best score first among equals): a point leads when it beats the best score seen so far.
  priced.sort((a, b) => a.price - b.price || (better(a.score, b.score) ? -1 : better(b.score, a.score) ? 1 : 0));
  const frontier = new Set<string>();
  let best: { score: number; price: number } | undefined;
  for (const p of priced) {
    if (!best || better(p.score, best.score)) {
      frontier.add(p.id);
      best = { score: p.score, price: p.price };
    } else if (p.score === best.score && p.price === best.price) {
      frontier.add(p.id);
    }
  }
  return frontier;
}
