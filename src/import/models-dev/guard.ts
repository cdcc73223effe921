/**
 * The mass-change guard: an import that would retire more than 5% of one provider's live
 * offerings (and at least 3), or more than 2% of all live offerings, or change more than 30% of
 * the current prices, stops with a report of what it would do, unless the run accepts it
 * (`--accept-removals`, `--accept-changes`). A first import (nothing committed) is not guarded.
 */
import type { Merged } from "./steps/merge-committed";

export const LIMITS = { providerShare: 0.05, providerMin: 3, overallShare: 0.02, priceShare: 0.3 };

export interface GuardResult {
  /** Why the run stops; empty when it may go on. */
  reasons: string[];
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

export function checkMassChanges(merged: Merged, accept: { removals?: boolean; changes?: boolean } = {}): GuardResult {
  const reasons: string[] = [];
  const liveTotal = [...merged.liveBefore.values()].reduce((a, b) => a + b, 0);
  if (!accept.removals && liveTotal > 0) {
    const byProvider = new Map<string, number>();
    for (const r of merged.retirements) byProvider.set(r.provider, (byProvider.get(r.provider) ?? 0) + 1);
    for (const [provider, n] of [...byProvider].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const live = merged.liveBefore.get(provider) ?? 0;
      if (n >= LIMITS.providerMin && n > live * LIMITS.providerShare)
        reasons.push(
          `${provider}: ${n} of its ${live} live offerings would be retired (${pct(n / live)}; the limit is ${pct(LIMITS.providerShare)} and ${LIMITS.providerMin})`,
        );
    }
    const n = merged.retirements.length;
    if (n > liveTotal * LIMITS.overallShare)
      reasons.push(
        `${n} of ${liveTotal} live offerings would be retired (${pct(n / liveTotal)}; the limit is ${pct(LIMITS.overallShare)})`,
      );
    if (reasons.length) reasons.push("rerun with --accept-removals if these retirements are real");
  }
  const n = merged.priceChanges.length;
  if (!accept.changes && merged.pricedBefore > 0 && n > merged.pricedBefore * LIMITS.priceShare)
    reasons.push(
      `${n} of ${merged.pricedBefore} current prices would change (${pct(n / merged.pricedBefore)}; the limit is ${pct(LIMITS.priceShare)}); rerun with --accept-changes if they are real`,
    );
  return { reasons };
}
