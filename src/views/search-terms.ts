/**
 * What the search index learns about a model besides its visible text: every id the model is
 * known by (its own id, snapshots, aliases, the ids each provider uses) in the forms people type,
 * how strongly those ids should count, and the filter, sort and metadata values of its page.
 * Pure functions; the page component only renders what they return.
 *
 * Pagefind drops punctuation inside a query word and splits words on spaces only: `gpt-4.1 nano`
 * becomes the words `gpt41` and `nano`, `4.1-nano` becomes `41nano`. So an id is indexed as every
 * run of its consecutive parts glued together (`gpt41nano`, `41nano`, `gpt41`, `nano`, ...), which
 * lets any way of writing it (with or without punctuation, with spaces anywhere) match a word.
 */
import type { ModelView } from "./catalog-views";
import { CAPABILITY_LABELS } from "~/shared/labels";
import { KIND_LABELS, STATUS_LABELS } from "~/shared/vocabulary";

/** Separators inside ids and names: `-`, `.`, `/`, `_`, `:`, `@`, spaces and brackets. */
const SEPARATORS = /[\s\-._/:@()[\],+]+/;

/** The lower-case parts of an id or name, split on separators. */
export function idParts(id: string): string[] {
  return id
    .toLowerCase()
    .split(SEPARATORS)
    .filter((part) => part.length > 0);
}

/**
 * Every run of consecutive parts of each id, glued together, without repeats, longest first.
 * `gpt-4.1-nano` gives `gpt41nano`, `gpt41`, `41nano`, `gpt4`, `41`, `1nano`, `gpt`, `4`, `1`, `nano`.
 * Ids with more than `maxParts` parts keep only runs of up to that many parts (bounded output).
 */
export function idVariants(ids: Iterable<string>, maxParts = 8): string[] {
  const seen = new Set<string>();
  for (const id of ids) {
    const parts = idParts(id);
    for (let length = Math.min(parts.length, maxParts); length >= 1; length--) {
      for (let start = 0; start + length <= parts.length; start++)
        seen.add(parts.slice(start, start + length).join(""));
    }
  }
  return [...seen].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * The ids a model is known by: its catalog id and slug, its snapshots and aliases, the model id
 * each provider's API takes (live and retired offerings: an old id still finds the model), and the
 * catalog ids merged into it.
 */
export function modelIds(model: ModelView): string[] {
  const m = model.entry.data;
  const ids = [
    model.entry.id,
    model.entry.slug,
    ...(m.snapshots ?? []).map((s) => s.id),
    ...(m.aliases ?? []).map((a) => a.id),
  ];
  for (const o of model.offerings) ids.push(o.entry.data.apiId);
  // Ids merged into this model (identity): an old link's id still finds it.
  ids.push(...(model.formerIds ?? []));
  return [...new Set(ids)];
}

/**
 * Whether the model's page is the one a search for its name should land on: a model whose maker
 * is known. A model only known from one host (`creatorUnknown`, e.g. `302ai/gpt-4.1-nano`) or a
 * record whose slug is a snapshot or alias of another model by the same maker (e.g. an imported
 * `openai/gpt-4.1-nano-2025-04-14` beside `openai/gpt-4.1-nano`) is a secondary page.
 */
export function isPrimaryPage(model: ModelView, sameCreator: readonly ModelView[]): boolean {
  if (model.entry.data.creatorUnknown) return false;
  const claimants = claimedIds(sameCreator).get(model.entry.slug) ?? [];
  return claimants.every((other) => other === model);
}

/** Of a creator's models: each snapshot or alias id, with the models that list it. Built once a list. */
const claimedIdsOf = new WeakMap<readonly ModelView[], Map<string, ModelView[]>>();
function claimedIds(models: readonly ModelView[]): Map<string, ModelView[]> {
  let claimed = claimedIdsOf.get(models);
  if (!claimed) {
    claimed = new Map();
    for (const m of models) {
      for (const { id } of [...(m.entry.data.snapshots ?? []), ...(m.entry.data.aliases ?? [])]) {
        const list = claimed.get(id) ?? [];
        list.push(m);
        claimed.set(id, list);
      }
    }
    claimedIdsOf.set(models, claimed);
  }
  return claimed;
}

/**
 * Pagefind weight of the hidden block of a model's name and ids (0 to 10, quadratic: 10 counts
 * about 100 times plain text, a heading 7 about 49 times). A primary page outweighs its own
 * heading and every secondary page; a secondary page still finds its ids above body text.
 */
export function identityWeight(primary: boolean): number {
  return primary ? 10 : 3;
}

export interface SearchFacets {
  /** data-pagefind-meta */
  meta: Record<string, string>;
  /** data-pagefind-filter: key → values (a page may have several values per key). */
  filters: Record<string, string[]>;
  /** data-pagefind-sort: only known values; a page without a key drops out of that sort. */
  sorts: Record<string, string>;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Filters, sorts and metadata of a model page. Unknown stays unknown: a model without a known
 * price has no price metadata and no price sort value (pagefind then leaves it out of that sort),
 * open weights unknown gives no weights filter, capabilities list only those known to be present.
 * Prices are the cheapest paid input and output price among live offerings, in USD per 1M tokens.
 */
export function modelFacets(model: ModelView): SearchFacets {
  const m = model.entry.data;
  const meta: Record<string, string> = { name: m.name, creator: model.creatorName, kind: "model" };
  const sorts: Record<string, string> = {};
  if (model.cheapestInput) {
    meta.input = String(model.cheapestInput.price);
    // The price sort compares chat models only (unknown kinds included): an embedding's or an image
    // model's token price is not the price of the same work.
    if (!m.kind || m.kind === "chat") sorts.price = String(model.cheapestInput.price);
  }
  if (model.cheapestOutput) meta.output = String(model.cheapestOutput.price);
  if (m.limits?.context !== undefined) {
    meta.context = String(m.limits.context);
    sorts.context = String(m.limits.context);
  }
  if (m.releaseDate) sorts.released = m.releaseDate;

  const providers = [...new Set(model.active.map((o) => o.providerName))].sort((a, b) => a.localeCompare(b));
  const filters: Record<string, string[]> = {
    type: ["Model"],
    kind: m.kind ? [KIND_LABELS[m.kind]] : [],
    creator: m.creatorUnknown ? [] : [model.creatorName],
    provider: providers,
    input: (m.modalities?.input ?? []).map(modalityLabel),
    output: (m.modalities?.output ?? []).map(modalityLabel),
    capability: Object.entries(m.capabilities ?? {})
      .filter(([, yes]) => yes === true)
      .map(([key]) => CAPABILITY_LABELS[key as keyof typeof CAPABILITY_LABELS] ?? key),
    weights: m.openWeights === undefined ? [] : [m.openWeights ? "Open weights" : "Closed weights"],
    status: [STATUS_LABELS[m.status]],
  };
  return { meta, filters, sorts };
}

function modalityLabel(modality: string): string {
  return modality === "pdf" ? "PDF" : cap(modality);
}
