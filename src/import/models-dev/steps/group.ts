/**
 * Step: group offerings onto models. Rule 1 (`base_model`) was applied when the draft was made;
 * this step applies, in order:
 * 2. a creator-qualified id (`openai/gpt-4.1-nano` at OpenRouter) that names an existing model
 *    (from `models/` or curated content), the creator read through the creator-prefix table;
 * 3. a plain id at a lab's own API that equals one of that lab's `models/<lab>/<id>` files;
 * otherwise the offering stands alone and gets a model of its own: under the creator its id names,
 * or its lab when the provider serves only its own models, or else under the serving provider with
 * `creatorUnknown: true`. Ids are matched exactly (lower-cased), so sizes, versions, variants and
 * dated snapshots never merge.
 * An offering whose `base_model` file is missing goes onto the model that path would give when it
 * exists; otherwise it is kept with its own fields and grouped by the rules above (reported).
 */
import { ModelRef } from "~/schemas";
import { slugify } from "../fields";
import type { OfferingDraft, StepContext } from "../types";
import type { ModelIndex } from "./model-files";

/** Models to derive from offerings (no model file, no curated record), by id. */
export type DerivedModels = Map<string, OfferingDraft[]>;

/** Rules 2, 3 and standalone for one draft; returns false when no model id can be made. */
function groupByRules(d: OfferingDraft, index: ModelIndex, derived: DerivedModels, ctx: StepContext): boolean {
  const { creatorPrefixes, firstParty, servesOwnModelsOnly } = ctx.tables;
  const curated = ctx.known.curatedModels;
  const segments = d.fileId.split("/");
  const creator = segments.length > 1 ? creatorPrefixes[segments[0]!.toLowerCase()] : undefined;
  const qualifiedSlug = creator ? slugify(segments.slice(1).join("-")) : undefined;
  if (creator && qualifiedSlug && index.exists(`${creator}/${qualifiedSlug}`)) {
    d.modelId = `${creator}/${qualifiedSlug}`;
    d.rule = "qualified";
    return true;
  }
  const lab = firstParty[d.provider];
  if (lab && segments.length === 1) {
    const lower = `${lab}/${d.fileId.toLowerCase()}`;
    const exact = index.idOfFile.get(`${lab}/${d.fileId}`) ?? (curated.has(lower) ? lower : undefined);
    if (exact) {
      d.modelId = exact;
      d.rule = "first-party";
      return true;
    }
  }
  let id: string;
  if (creator && qualifiedSlug) id = `${creator}/${qualifiedSlug}`;
  else if (segments.length === 1 && servesOwnModelsOnly.has(d.provider))
    id = `${firstParty[d.provider] ?? d.provider}/${slugify(d.fileId)}`;
  else {
    d.creatorUnknown = true;
    id = `${d.provider}/${slugify(segments.join("-"))}`;
  }
  if (!ModelRef.safeParse(id).success) {
    ctx.issues.push({ kind: "skipped", path: d.path, reason: `no model id can be made from "${d.fileId}"; skipped` });
    return false;
  }
  d.modelId = id;
  d.rule = "standalone";
  if (!index.exists(id)) derived.set(id, [...(derived.get(id) ?? []), d]);
  return true;
}

/** Sets `modelId` and `rule` on every draft that can be grouped; returns the models to derive. */
export function groupOfferings(drafts: OfferingDraft[], index: ModelIndex, ctx: StepContext): DerivedModels {
  const derived: DerivedModels = new Map();
  for (const d of drafts) if (!d.rule && !d.baseMissing) groupByRules(d, index, derived, ctx);
  for (const d of drafts) {
    if (!d.baseMissing) continue;
    const [lab, ...rest] = d.base!.split("/");
    const id = `${slugify(lab ?? "")}/${slugify(rest.join("-"))}`;
    if (index.exists(id) || derived.has(id)) {
      d.modelId = id;
      d.rule = "missing-base";
      ctx.issues.push({
        kind: "missing-base",
        path: d.path,
        key: "base_model",
        reason: `base_model "${d.base}" has no file; imported with the offering's own fields onto model ${id}`,
      });
    } else if (groupByRules(d, index, derived, ctx)) {
      ctx.issues.push({
        kind: "missing-base",
        path: d.path,
        key: "base_model",
        reason: `base_model "${d.base}" has no file and no model ${id} exists; kept with the offering's own fields on model ${d.modelId}`,
      });
    }
  }
  return derived;
}
