/**
 * The header search box's index and matcher: every model and provider by the names and ids people
 * type, small enough to fetch on first use (`/search/names.json`) and searched in memory, so the
 * first results show without pagefind (whose library and index are several times larger). The
 * full-text search with filters and sorts stays on /search/ (pagefind).
 *
 * Names and ids are compared "glued": lower case with separators dropped, so `gpt-4.1 nano`,
 * `gpt 4.1 nano`, `4.1-nano` and `gpt-4.1-nano-2025-04-14` all find GPT-4.1 nano.
 */
import { describeResult } from "./search-state";

/**
 * A model: id, name, maker, cheapest live input and output price (USD per 1M tokens) and context
 * window (null when unknown), the other ids it is known by (glued, see gluedTerms), the number of
 * live offerings, and 1 when retired.
 */
export type NameRow = [
  id: string,
  name: string,
  creator: string,
  input: number | null,
  output: number | null,
  context: number | null,
  terms: string,
  offerings: number,
  retired?: 1,
];
/** A provider: id, name. */
export type ProviderRow = [id: string, name: string];

export interface NameIndex {
  models: NameRow[];
  providers: ProviderRow[];
}

export interface NameHit {
  kind: "model" | "provider";
  id: string;
  name: string;
  detail: string;
}

/** Lower case, separators (`-`, `.`, `/`, `_`, `:`, `@`, spaces, brackets, commas, `+`) dropped. */
export const glue = (text: string) => text.toLowerCase().replace(/[\s\-._/:@()[\],+]+/g, "");

/**
 * The other ids a model is known by, glued and space-separated, as few and short as still find it:
 * a provider's namespace is dropped (`accounts/fireworks/models/gpt-oss-120b` is `gptoss120b`), so
 * is everything before the model's own slug (`openai.gpt-oss-120b-1:0` is `gptoss120b10`), and a
 * form the id, the name or another form already holds is left out.
 */
export function gluedTerms(id: string, name: string, ids: Iterable<string>): string {
  const slug = glue(id.slice(id.indexOf("/") + 1));
  const own = `${glue(id)} ${glue(name)}`;
  const forms = new Set<string>();
  for (const other of ids) {
    let form = glue(other.slice(other.lastIndexOf("/") + 1));
    const at = form.indexOf(slug);
    if (at > 0) form = form.slice(at);
    if (form) forms.add(form);
  }
  const kept: string[] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)))
    if (!own.includes(form) && !kept.some((k) => k.includes(form))) kept.push(form);
  return kept.join(" ");
}

/**
 * Models and providers matching the query: every word (glued) must be in the name or the ids.
 * Ranked: the whole query is the name or an id; then a name or id starting with it; then every
 * word in the name; then in the ids only. Within a rank, live models before retired ones, then
 * the models more providers serve, then shorter names. Providers come before models of their rank.
 */
/** A row's glued forms (name, slug, id, other ids) and all of them joined: computed once per index, not per keystroke. */
interface Forms {
  forms: string[];
  hay: string;
}
const formsCache = new WeakMap<NameIndex, { providers: Forms[]; models: Forms[] }>();

function formsOf(id: string, name: string, terms: string): Forms {
  const forms = [glue(name), glue(id.slice(id.indexOf("/") + 1)), glue(id), ...(terms ? terms.split(" ") : [])];
  return { forms, hay: forms.join(" ") };
}

function indexForms(index: NameIndex) {
  let cached = formsCache.get(index);
  if (!cached) {
    cached = {
      providers: index.providers.map(([id, name]) => formsOf(id, name, "")),
      models: index.models.map(([id, name, , , , , terms]) => formsOf(id, name, terms)),
    };
    formsCache.set(index, cached);
  }
  return cached;
}

export function searchNames(index: NameIndex, query: string, limit = 6): { hits: NameHit[]; total: number } {
  const words = query.split(/\s+/).map(glue).filter(Boolean);
  if (!words.length) return { hits: [], total: 0 };
  const whole = words.join("");
  const rankOf = ({ forms, hay }: Forms): number | undefined => {
    if (!words.every((w) => hay.includes(w))) return undefined;
    if (forms.includes(whole)) return 0;
    if (forms.some((f) => f.startsWith(whole))) return 1;
    return words.every((w) => forms[0]!.includes(w)) ? 2 : 3;
  };
  const glued = indexForms(index);
  const ranked: { rank: number; offerings: number; name: string; id: string; hit: () => NameHit }[] = [];
  index.providers.forEach(([id, name], i) => {
    const rank = rankOf(glued.providers[i]!);
    if (rank !== undefined)
      ranked.push({
        rank: rank * 2,
        offerings: Infinity,
        name,
        id,
        hit: () => ({ kind: "provider", id, name, detail: "Provider" }),
      });
  });
  index.models.forEach((row, i) => {
    const rank = rankOf(glued.models[i]!);
    if (rank === undefined) return;
    const [id, name, creator, input, output, context, , offerings, retired] = row;
    const known = (value: number | null) => (value === null ? undefined : String(value));
    const detail = () =>
      describeResult({ creator, input: known(input), output: known(output), context: known(context) });
    ranked.push({
      rank: rank * 2 + (retired ? 1 : 0),
      offerings,
      name,
      id,
      hit: () => ({ kind: "model", id, name, detail: detail() }),
    });
  });
  ranked.sort(
    (a, b) => a.rank - b.rank || b.offerings - a.offerings || a.name.length - b.name.length || a.id.localeCompare(b.id),
  );
  return { hits: ranked.slice(0, limit).map((r) => r.hit()), total: ranked.length };
}
