/**
 * Step: the price history of one offering, from its upstream events and its current resolved
 * cost (with its base's cost for events that inherited theirs). See history.ts for the rules.
 */
import { normalizeCost, type PricePart } from "../costs";
import { buildHistory, type BuiltHistory, type HistoryEvent } from "../history";
import type { Snapshot } from "../snapshot";
import type { OfferingDraft, StepContext } from "../types";
import type { ModelIndex } from "./model-files";

export function historyOfDraft(
  d: OfferingDraft,
  events: HistoryEvent[] | undefined,
  snap: Snapshot,
  index: ModelIndex,
  ctx: StepContext,
): BuiltHistory {
  const { issues, meta } = ctx;
  let current: PricePart | undefined;
  let inherited: PricePart | undefined;
  if (d.resolved) {
    const own = normalizeCost(d.resolved.cost);
    for (const issue of own.issues) issues.push({ ...issue, path: d.path });
    current = own.prices;
    if (d.base && !d.baseMissing && d.modelId) {
      const baseKey = index.fileOfId.get(d.modelId);
      inherited = baseKey ? normalizeCost(snap.models.get(baseKey)?.data.cost).prices : undefined;
    }
  }
  return buildHistory({ path: d.path, events, current, inherited, meta, issues });
}
