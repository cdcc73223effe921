/**
 * Step: canonical model identity (src/import/identity/). After grouping, every candidate model
 * (model files, curated models, models derived from offerings) is resolved to one canonical model
 * per underlying model; offerings move onto it and the ids they leave become redirects
 * (`mergedInto` on the old record, written by the merge step). Region and serving tier read from
 * provider ids become offering attributes.
 */
import { disambiguatedNames } from "~/import/identity/names";
import { parseProviderId, splitVendorName } from "~/import/identity/normalize";
import { Model, type Offering } from "~/schemas";
import { serialize } from "../records";
import type { IdentitySummary } from "~/import/identity/report";
import { resolveIdentity, type Candidate, type CuratedIdentity, type Resolution } from "~/import/identity/resolve";
import type { ModelFacts } from "../model-facts";
import type { OfferingDraft, StepContext } from "../types";
import type { DerivedModels } from "./group";
import { offeringRel } from "./build-offerings";
import type { ModelIndex } from "./model-files";

export interface IdentityOutcome extends IdentitySummary {
  resolution: Resolution;
  /** Old model id -> canonical model id, for every candidate that moved. */
  redirects: Map<string, string>;
  /** Offerings per rule that attached them. */
  offeringsByRule: Map<string, number>;
  candidates: number;
  /** Set after the merge by renameAlikeModels. */
  renamed: string[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const factsOf = (f?: Pick<ModelFacts, "limits" | "modalities" | "releaseDate">) => ({
  context: f?.limits?.context,
  output: f?.modalities?.output,
  releaseDate: f?.releaseDate,
});

export function resolveModels(
  drafts: OfferingDraft[],
  index: ModelIndex,
  derived: DerivedModels,
  curated: CuratedIdentity,
  ctx: StepContext,
  committed: ReadonlyMap<string, string> = new Map(),
): IdentityOutcome {
  const count = new Map<string, number>();
  for (const d of drafts) if (d.modelId) count.set(d.modelId, (count.get(d.modelId) ?? 0) + 1);
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const [id, { facts }] of index.facts) {
    const file = index.fileOfId.get(id)!;
    seen.add(id);
    candidates.push({
      id,
      creator: id.split("/")[0],
      origin: ctx.known.curatedModels.has(id) ? "curated" : "file",
      parsed: parseProviderId(file.slice(file.indexOf("/") + 1)),
      name: facts.name,
      facts: factsOf(facts),
      offerings: count.get(id) ?? 0,
    });
  }
  for (const [id, model] of ctx.known.curatedModels) {
    if (seen.has(id)) continue;
    seen.add(id);
    candidates.push({
      id,
      creator: id.split("/")[0],
      origin: "curated",
      parsed: parseProviderId(id.split("/")[1]!),
      name: model.name,
      facts: { context: model.limits?.context, output: model.modalities?.output },
      offerings: count.get(id) ?? 0,
    });
  }
  for (const [id, group] of derived) {
    if (seen.has(id)) continue;
    const primary = [...group].sort((a, b) => Number(!a.resolved) - Number(!b.resolved) || cmp(a.path, b.path))[0]!;
    candidates.push({
      id,
      creator: group.some((d) => d.creatorUnknown) ? undefined : id.split("/")[0],
      origin: "derived",
      parsed: parseProviderId(primary.fileId),
      name: primary.facts?.name,
      facts: factsOf(primary.facts),
      offerings: group.length,
    });
  }
  // Committed models the snapshot gives no offering (an old id like `anthropic/claude-4.5-haiku`
  // whose offerings moved earlier, or one only retired offerings are on): candidates too, so that
  // they redirect to their canonical model instead of standing empty. They never win (0 offerings).
  for (const [rel, text] of committed) {
    if (!rel.startsWith("models/")) continue;
    const id = rel.slice("models/".length, -".json".length);
    if (seen.has(id) || derived.has(id)) continue;
    const record = JSON.parse(text) as Model;
    if (record.mergedInto) continue;
    seen.add(id);
    candidates.push({
      id,
      creator: record.creatorUnknown ? undefined : id.split("/")[0],
      origin: "derived",
      parsed: parseProviderId(id.split("/")[1]!),
      name: record.name,
      facts: factsOf(record),
      offerings: 0,
      joinOnly: true,
    });
  }
  // Providers that serve others' models: their names in an id are routes, not makers.
  const labs = new Set([...Object.keys(ctx.tables.labNames), ...Object.values(ctx.tables.firstParty)]);
  const hosts = new Set(
    [...drafts.map((d) => d.provider), ...Object.keys(ctx.tables.providerRoles)].filter((p) => !labs.has(p)),
  );
  const resolution = resolveIdentity(candidates, curated, hosts);
  const redirects = new Map(resolution.canonical);
  // A redirect is for good: a committed model id merged into another stays merged into it (or into
  // where that model goes now), whatever this snapshot's evidence says, unless a curated pair splits them.
  const splitPairs = new Set(curated.notSame.flatMap(({ models: [a, b] }) => [`${a}|${b}`, `${b}|${a}`]));
  const committedRedirects = new Map<string, string>();
  /** Committed model ids that are models, not redirects. */
  const committedLive = new Set<string>();
  for (const [rel, text] of committed) {
    if (!rel.startsWith("models/")) continue;
    const target = (JSON.parse(text) as Model).mergedInto;
    const id = rel.slice("models/".length, -".json".length);
    if (!target) committedLive.add(id);
    else if (!splitPairs.has(`${id}|${target}`)) committedRedirects.set(id, target);
  }
  // A committed model this snapshot lists no offering of keeps its identity: with no new evidence
  // it neither merges into another model, nor hands its redirects over, nor takes in another
  // committed model. (Which id of a group wins depends on offering counts, and an import without
  // the upstream history sees fewer of them.)
  const listed = (id: string) => count.has(id) || derived.has(id);
  for (const [id, to] of [...redirects]) {
    if (!committedLive.has(id)) continue;
    if (!listed(id)) {
      redirects.delete(id);
      for (const [from, target] of committedRedirects) if (target === id) redirects.set(from, id);
    } else if (committedLive.has(to) && !listed(to)) redirects.delete(id);
  }
  // Nor does a group change its canonical id: when the committed canonical model would merge into
  // the group's new winner, the group stays under the committed one.
  for (const [id, target] of committedRedirects) {
    const winner = redirects.get(target);
    if (!winner || !committedLive.has(target) || (redirects.get(id) ?? id) !== winner) continue;
    for (const [from, to] of redirects) if (to === winner) redirects.set(from, target);
    redirects.set(winner, target);
    redirects.delete(target);
  }
  for (const [from, to] of redirects) {
    let end = to;
    for (let hops = 0; redirects.has(end) && hops < 10; hops++) end = redirects.get(end)!;
    if (end === from) redirects.delete(from);
    else if (end !== to) redirects.set(from, end);
  }
  for (const [id, target] of committedRedirects) {
    const now = redirects.get(target) ?? target;
    if (now !== id) redirects.set(id, now);
  }
  const offeringsByRule = new Map<string, number>();
  // Stability: a committed offering stays on its committed canonical model unless this import
  // records the move (that model redirects to the new one) or a curated "not the same" pair splits them.
  const committedModelOf = (d: OfferingDraft): string | undefined => {
    const text = committed.get(offeringRel(d.provider, d.fileId));
    const model = text ? (JSON.parse(text) as Offering).model : undefined;
    if (!model) return undefined;
    if (committedLive.has(model)) return model;
    return !committed.has(`models/${model}.json`) && ctx.known.curatedModels.has(model) ? model : undefined;
  };
  for (const d of drafts) {
    if (!d.modelId) continue;
    const parsed = parseProviderId(d.fileId);
    if (parsed.region) d.region = parsed.region;
    if (parsed.tier) d.tier = parsed.tier;
    // A committed model that this import merges into another takes its offerings along.
    const committedModel = committedModelOf(d);
    const was = committedModel && (redirects.get(committedModel) ?? committedModel);
    const next = redirects.get(d.modelId) ?? d.modelId;
    if (was && was !== next && committedModel && !splitPairs.has(`${committedModel}|${next}`)) {
      offeringsByRule.set("kept", (offeringsByRule.get("kept") ?? 0) + 1);
      const group = derived.get(d.modelId)?.filter((x) => x !== d);
      if (group?.length) derived.set(d.modelId, group);
      else derived.delete(d.modelId);
      d.modelId = was;
      // The model it stays on is built from its offerings when no model file or curated record makes it.
      if (!index.exists(was) && !ctx.known.curatedModels.has(was)) derived.set(was, [...(derived.get(was) ?? []), d]);
      continue;
    }
    const from = d.modelId;
    const to = redirects.get(from);
    const rule = to
      ? (resolution.rule.get(from) ?? "kept")
      : d.rule === "base"
        ? "base"
        : (resolution.rule.get(from) ?? "own");
    offeringsByRule.set(rule, (offeringsByRule.get(rule) ?? 0) + 1);
    if (!to) continue;
    d.modelId = to;
    d.identityFrom = from;
    if (resolution.created.has(to) || !index.exists(to)) d.creatorUnknown = false;
  }
  // Derived models follow their offerings: merged ones are gone, new canonical ones appear.
  for (const [from, to] of redirects) {
    const group = derived.get(from);
    if (!group) continue;
    derived.delete(from);
    if (!index.exists(to)) derived.set(to, [...(derived.get(to) ?? []), ...group]);
  }
  return { resolution, redirects, offeringsByRule, candidates: candidates.length, renamed: [] };
}

/**
 * After the merge: models of one maker named alike get names that tell them apart (identity/names.ts),
 * and a model whose maker is known drops a "Vendor: " prefix from its name. Redirect records keep theirs.
 */
export function renameAlikeModels(
  files: Map<string, string>,
  curated: ReadonlyMap<string, { name: string }> = new Map(),
): string[] {
  const models: { rel: string; id: string; record: Model }[] = [];
  for (const [rel, text] of files) {
    if (!rel.startsWith("models/")) continue;
    const record = JSON.parse(text) as Model;
    if (record.mergedInto) continue;
    if (!record.creatorUnknown) {
      const { vendor, rest } = splitVendorName(record.name);
      if (vendor) record.name = rest;
    }
    models.push({ rel, id: rel.slice("models/".length, -".json".length), record });
  }
  const imported = new Set(models.map((m) => m.id));
  const names = disambiguatedNames([
    ...models.map((m) => ({ id: m.id, name: curated.get(m.id)?.name ?? m.record.name, fixed: curated.has(m.id) })),
    ...[...curated].filter(([id]) => !imported.has(id)).map(([id, c]) => ({ id, name: c.name, fixed: true })),
  ]);
  for (const m of models) {
    const name = names.get(m.id) ?? m.record.name;
    const text = serialize(Model, { ...m.record, name });
    if (text !== files.get(m.rel)) files.set(m.rel, text);
  }
  const told = (m: (typeof models)[number]) => (names.get(m.id) ?? m.record.name).endsWith(` (${m.id.split("/")[1]})`);
  return models
    .filter(told)
    .map((m) => m.id)
    .sort();
}
