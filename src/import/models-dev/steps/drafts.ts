/**
 * Step: one draft per offering, from every offering file in the snapshot (resolved over its
 * `base_model`) and every offering file known only from the history. A draft carries the path,
 * the resolved fields and, when `base_model` names an existing model file, its model.
 */
import { Reporter } from "../fields";
import type { HistoryEvent } from "../history";
import { baseModelOf, extendsOf, resolveInheritance } from "../inherit";
import { modelFactsOf } from "../model-facts";
import type { Snapshot, SnapshotOffering } from "../snapshot";
import type { OfferingDraft, StepContext } from "../types";
import { reportUnmapped } from "../unmapped";
import { joinCaseRenames } from "./case-renames";
import type { ModelIndex } from "./model-files";

/** `providers/<p>/models/<fileId>.toml` -> its parts. */
export function parseOfferingPath(path: string): { provider: string; fileId: string } | undefined {
  const m = /^providers\/([^/]+)\/models\/(.+)\.toml$/.exec(path);
  return m ? { provider: m[1]!, fileId: m[2]! } : undefined;
}

export interface Drafts {
  drafts: OfferingDraft[];
  /** History events per offering path (case-only renames joined). */
  eventsOf: Map<string, HistoryEvent[]>;
  caseRenames: number;
}

/** A draft from a snapshot file: its fields resolved over its base, and the model the base names. */
export function draftOf(
  o: SnapshotOffering,
  snap: Snapshot,
  index: ModelIndex,
  ctx: StepContext,
  byPath: ReadonlyMap<string, SnapshotOffering>,
): OfferingDraft {
  const { issues, meta, known } = ctx;
  const r = new Reporter(o.path, issues);
  reportUnmapped(o.data, r);
  const extended = extendsOf(o.data);
  if (extended) {
    // The 2026 `[extends]` form: fields from another provider's offering; grouped by the usual rules.
    const from = byPath.get(extended);
    if (!from)
      r.add({
        kind: "invalid-value",
        key: "extends.from",
        reason: `${extended} does not exist; only the file's own fields are read`,
      });
    const resolved = resolveInheritance(o.data, from && resolveInheritance(from.data, undefined));
    const facts = modelFactsOf(
      resolved,
      new Reporter(o.path, issues, new Set(Object.keys(o.data))),
      meta,
      known.benchmarks,
      o.fileId.split("/").pop()!,
    );
    return { provider: o.provider, fileId: o.fileId, path: o.path, resolved, facts };
  }
  const base = baseModelOf(o.data);
  const baseId =
    base === undefined ? undefined : (index.idOfFile.get(base) ?? index.idOfFileLower.get(base.toLowerCase()));
  const baseFile = baseId ? snap.models.get(index.fileOfId.get(baseId)!) : undefined;
  const resolved = resolveInheritance(o.data, baseFile?.data);
  const lastSegment = o.fileId.split("/").pop()!;
  const factsReporter = baseFile ? new Reporter(o.path, issues, new Set(Object.keys(o.data))) : r;
  return {
    provider: o.provider,
    fileId: o.fileId,
    path: o.path,
    resolved,
    facts: modelFactsOf(resolved, factsReporter, meta, known.benchmarks, lastSegment),
    base,
    baseMissing: base !== undefined && !baseId,
    modelId: baseId,
    rule: baseId ? "base" : undefined,
  };
}

export function collectDrafts(
  snap: Snapshot,
  index: ModelIndex,
  history: Readonly<Record<string, HistoryEvent[]>>,
  ctx: StepContext,
): Drafts {
  const { issues } = ctx;
  // Upstream history holds accidental copies ("gpt-4 copy.toml", "Qwen 2/x.toml"): no provider takes
  // an id with whitespace in it, so those are reported and left out.
  const accidental = (path: string, fileId: string) => {
    if (!/\s/.test(fileId)) return false;
    issues.push({
      kind: "skipped",
      path,
      reason: "file id contains whitespace (an accidental copy upstream, not a model id); skipped",
    });
    return true;
  };
  const drafts: OfferingDraft[] = [];
  const inSnapshot = new Set<string>();
  const byPath = new Map(snap.offerings.map((o) => [o.path, o]));
  for (const o of snap.offerings) {
    inSnapshot.add(o.path);
    if (!accidental(o.path, o.fileId)) drafts.push(draftOf(o, snap, index, ctx, byPath));
  }
  const { eventsOf, historyOnly, caseRenames } = joinCaseRenames(inSnapshot, history);
  for (const path of historyOnly) {
    const parts = parseOfferingPath(path);
    if (!parts) {
      issues.push({
        kind: "skipped",
        path,
        reason: "history entry is not an offering file (providers/<p>/models/<id>.toml); skipped",
      });
      continue;
    }
    if (!accidental(path, parts.fileId)) drafts.push({ ...parts, path });
  }
  return { drafts, eventsOf, caseRenames };
}
