/**
 * Step: model records, from every model file, then from offerings that stand for a model of their
 * own (the primary offering's facts: one in the snapshot first, then one at the creator's own
 * API, then by path).
 */
import { inferKind, type KindVerdict } from "~/import/kind/infer";
import { Model } from "~/schemas";
import { snapshotSource } from "../fields";
import type { ModelFacts } from "../model-facts";
import type { SnapshotMeta, StepContext } from "../types";
import type { DerivedModels } from "./group";
import type { ModelIndex } from "./model-files";
import type { RecordSink } from "./sink";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function modelRecord(
  facts: ModelFacts,
  extra: Partial<Model>,
  meta: SnapshotMeta,
  sourcePath: string,
  note?: string,
  kind?: KindVerdict,
): Model {
  // Upstream writes an embedding model's vector size as its output limit: a fact of its own here.
  const vector = kind?.kind === "embedding" ? facts.limits?.maxOutput : undefined;
  const { maxOutput: _vector, ...otherLimits } = facts.limits ?? {};
  const limits = vector === undefined ? facts.limits : Object.keys(otherLimits).length ? otherLimits : undefined;
  return {
    name: facts.name,
    ...extra,
    kind: kind?.kind,
    family: facts.family,
    releaseDate: facts.releaseDate,
    knowledgeCutoff: facts.knowledgeCutoff,
    status: facts.status,
    openWeights: facts.openWeights,
    license: facts.license,
    weights: facts.weights,
    modalities: facts.modalities,
    capabilities: facts.capabilities,
    limits,
    embeddingDimensions: vector,
    benchmarks: facts.benchmarks,
    links: facts.links,
    sources: [{ ...snapshotSource(meta, sourcePath), ...(note ? { note } : {}) }],
    verified: meta.date,
  } as Model;
}

export function buildModels(
  index: ModelIndex,
  derived: DerivedModels,
  sink: RecordSink,
  ctx: StepContext,
): Map<string, Model> {
  const { meta } = ctx;
  const firstParty = ctx.tables.firstParty;
  const models = new Map<string, Model>();
  const kindOf = (id: string, facts: ModelFacts, apiIds: string[]) => {
    const verdict = inferKind({ id, ...facts, apiIds, litellm: ctx.litellm });
    ctx.kinds?.set(id, verdict);
    return verdict;
  };
  for (const [id, { facts, path }] of index.facts) {
    const record = modelRecord(facts, {}, meta, path, undefined, kindOf(id, facts, []));
    if (sink.write(Model, `models/${id}.json`, record, path)) models.set(id, record);
  }
  for (const [id, group] of [...derived].sort(([a], [b]) => cmp(a, b))) {
    const creator = id.split("/")[0]!;
    const notOwn = (p: string) => Number(firstParty[p] !== creator && p !== creator);
    const primary = [...group].sort(
      (a, b) =>
        Number(!a.resolved) - Number(!b.resolved) || notOwn(a.provider) - notOwn(b.provider) || cmp(a.path, b.path),
    )[0]!;
    const facts = primary.facts ?? { name: primary.fileId.split("/").pop()! };
    const note = primary.resolved
      ? undefined
      : `known only from the upstream history of ${primary.path} (removed upstream)`;
    const apiIds = [...new Set([...group].map((d) => d.fileId))].sort(cmp);
    const extra = primary.creatorUnknown ? { creatorUnknown: true } : {};
    const record = modelRecord(facts, extra, meta, primary.path, note, kindOf(id, facts, apiIds));
    if (sink.write(Model, `models/${id}.json`, record, primary.path, !primary.resolved)) models.set(id, record);
  }
  return models;
}
