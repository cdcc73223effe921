/**
 * Step: offering records. An offering records only where it differs from its model (name, limits,
 * modalities, capabilities); one known only from the history is retired on its removal date.
 */
import { readForKind, withoutRepeats } from "~/shared/units";
import { Offering, type Model, type PriceEntry } from "~/schemas";
import { snapshotSource } from "../fields";
import type { HistoryEvent } from "../history";
import type { Snapshot } from "../snapshot";
import type { OfferingDraft, StepContext } from "../types";
import { historyOfDraft } from "./build-histories";
import type { ModelIndex } from "./model-files";
import type { RecordSink } from "./sink";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Keys of `own` whose value differs from `model`'s: an offering records only where it differs. */
/** An embedding's upstream `limit.output` is its vector size, not an output limit (see build-models.ts). */
const withoutMaxOutput = (limits: Model["limits"]) => {
  if (!limits) return limits;
  const { maxOutput: _vector, ...rest } = limits;
  return Object.keys(rest).length ? rest : undefined;
};

export function differing<T extends object>(own: T | undefined, model: T | undefined): T | undefined {
  if (!own) return undefined;
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(own) as [keyof T, T[keyof T]][]) {
    if (value !== undefined && model?.[key] !== value) out[key] = value;
  }
  return Object.keys(out).length ? (out as T) : undefined;
}

function sortedModalities(m: Model["modalities"]): Model["modalities"] {
  return m && { input: [...m.input].sort(), output: [...m.output].sort() };
}

export function offeringRel(provider: string, fileId: string): string {
  return `offerings/${provider}/${fileId}.json`;
}

/** Builds every grouped draft's record; returns the drafts written, in path order. */
export function buildOfferings(
  drafts: OfferingDraft[],
  models: ReadonlyMap<string, Model>,
  eventsOf: ReadonlyMap<string, HistoryEvent[]>,
  snap: Snapshot,
  index: ModelIndex,
  sink: RecordSink,
  ctx: StepContext,
): OfferingDraft[] {
  const { meta, issues, known } = ctx;
  const written: OfferingDraft[] = [];
  for (const d of [...drafts].sort((a, b) => cmp(a.path, b.path))) {
    if (!d.modelId || !d.rule) continue;
    const model = models.get(d.modelId) ?? known.curatedModels.get(d.modelId);
    if (!model) {
      issues.push({
        kind: "skipped",
        path: d.path,
        reason: `its model ${d.modelId} has no valid record; offering skipped`,
      });
      continue;
    }
    const history = historyOfDraft(d, eventsOf.get(d.path), snap, index, ctx);
    const retired = !d.resolved;
    const facts = d.facts;
    // An image model that writes no text: upstream's `output` is its image-output token price; an
    // embedding's `output = 0` is no price (~/shared/units).
    const output = (facts?.modalities ?? model.modalities)?.output;
    const kind = known.curatedModels.get(d.modelId)?.kind ?? model.kind;
    const read = (e: (typeof history.prices)[number]) => readForKind(e, kind, output);
    const record = {
      model: d.modelId,
      apiId: d.fileId,
      name: facts && facts.name !== model.name ? facts.name : undefined,
      status: retired ? "retired" : (facts?.status ?? "active"),
      statusDates: retired && history.removedOn ? { retired: history.removedOn } : undefined,
      limits: differing(kind === "embedding" ? withoutMaxOutput(facts?.limits) : facts?.limits, model.limits),
      modalities:
        facts?.modalities && !sameJson(sortedModalities(facts.modalities), sortedModalities(model.modalities))
          ? facts.modalities
          : undefined,
      capabilities: differing(facts?.capabilities, model.capabilities),
      regions: d.region ? [d.region] : undefined,
      variant: d.tier,
      prices: withoutRepeats(history.prices.map(read) as PriceEntry[]),
      sources: [
        retired
          ? {
              ...snapshotSource(meta),
              note: `upstream file ${d.path}, removed from the catalog; known from its history`,
            }
          : snapshotSource(meta, d.path),
      ],
      verified: meta.date,
    } as Offering;
    if (sink.write(Offering, offeringRel(d.provider, d.fileId), record, d.path, retired)) written.push(d);
  }
  return written;
}
