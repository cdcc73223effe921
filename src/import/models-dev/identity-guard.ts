/**
 * The "never delete, never rewrite" guard, as it stands with identity resolution. An import may
 * change which model an offering belongs to only in this recorded way, and nothing else:
 * - the model the offering leaves stays, as a redirect record (`mergedInto`) to the model it joins
 *   (or, for a split, the offering returns to a model whose committed record redirected to the
 *   one it leaves, and which is a model of its own again);
 * - a redirect points at a model that exists and is not itself a redirect, and no offering is on a
 *   redirect;
 * - every committed price history is kept: the committed entries are the start of the new history.
 * Deleted files are refused by the command before this runs. Returns one line per violation.
 */
import type { Model, Offering } from "~/schemas";

const modelRel = (id: string) => `models/${id}.json`;

export function checkIdentityChanges(
  committed: ReadonlyMap<string, string>,
  files: ReadonlyMap<string, string>,
  curatedModels: ReadonlySet<string> = new Set(),
): string[] {
  const out: string[] = [];
  const model = (map: ReadonlyMap<string, string>, id: string): Model | undefined => {
    const text = map.get(modelRel(id));
    return text === undefined ? undefined : (JSON.parse(text) as Model);
  };
  for (const [rel, text] of files) {
    if (rel.startsWith("models/")) {
      const target = (JSON.parse(text) as Model).mergedInto;
      if (!target) continue;
      const t = model(files, target);
      if (!t && !curatedModels.has(target)) out.push(`${rel}: redirects to ${target}, which has no model record`);
      else if (t?.mergedInto) out.push(`${rel}: redirects to ${target}, which is itself a redirect`);
      continue;
    }
    if (!rel.startsWith("offerings/")) continue;
    const after = JSON.parse(text) as Offering;
    if (model(files, after.model)?.mergedInto)
      out.push(`${rel}: on model ${after.model}, which is a redirect (to ${model(files, after.model)!.mergedInto})`);
    const old = committed.get(rel);
    if (old === undefined) continue;
    const before = JSON.parse(old) as Offering;
    const kept = JSON.stringify(before.prices) === JSON.stringify(after.prices.slice(0, before.prices.length));
    if (!kept)
      out.push(`${rel}: the committed price history would be rewritten (its entries are not kept as they are)`);
    if (before.model === after.model) continue;
    const merged = model(files, before.model)?.mergedInto === after.model;
    const split = model(committed, after.model)?.mergedInto === before.model && !model(files, after.model)?.mergedInto;
    if (!merged && !split)
      out.push(
        `${rel}: moves from model ${before.model} to ${after.model}, but ${before.model} is not recorded as a redirect to it`,
      );
  }
  return out;
}
