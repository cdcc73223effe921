/**
 * The search page's state and its URL: `/search/?q=nano&creator=OpenAI&creator=Google&sort=price`.
 * A filter key may repeat (any of its values matches); different keys must all match. Pure
 * functions shared by the page's browser code and the unit tests; the result line formatting too.
 */
import { formatTokenPrice, formatTokensShort, UNKNOWN } from "./format";
import { FILTER_LABELS, SORTS, type FilterKey, type SortId } from "./search-options";

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort?: SortId;
}

const FILTER_KEYS = Object.keys(FILTER_LABELS) as FilterKey[];
const SORT_IDS = SORTS.map((s) => s.id) as SortId[];

/** Reads the state from a query string; unknown keys and sorts are ignored, repeats kept once. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState["filters"] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((v) => v.length > 0))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get("sort");
  return {
    q: (params.get("q") ?? "").trim(),
    filters,
    ...(SORT_IDS.includes(sort as SortId) ? { sort: sort as SortId } : {}),
  };
}

/** Writes the state as a query string, in a stable order: q, filters in page order, sort. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort) params.set("sort", state.sort);
  return params;
}

/** The `filters` option of `pagefind.search`: any value within a key, every key. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values?.length) out[key] = { any: values };
  return out;
}

/** The `sort` option of `pagefind.search`, or undefined for relevance. */
export function pagefindSort(state: SearchState): Record<string, "asc" | "desc"> | undefined {
  const sort = SORTS.find((s) => s.id === state.sort);
  return sort ? { [sort.id]: sort.order } : undefined;
}

/**
 * One line describing a result from its pagefind metadata: the creator, the cheapest input and
 * output price per 1M tokens and the context window. A missing price prints "—", never $0.
 * Provider pages get "Provider".
 */
export function describeResult(meta: Record<string, string | undefined>): string {
  if (meta.kind === "provider") return "Provider";
  const number = (value: string | undefined) => (value === undefined || value === "" ? undefined : Number(value));
  const input = number(meta.input);
  const output = number(meta.output);
  const context = number(meta.context);
  const parts = [meta.creator ?? UNKNOWN];
  parts.push(`${formatTokenPrice(input)} in / ${formatTokenPrice(output)} out per 1M`);
  parts.push(context === undefined ? `context ${UNKNOWN}` : `${formatTokensShort(context)} context`);
  return parts.join(" · ");
}

const nameKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * `results` with each model's own page named exactly as the query (case, spaces and punctuation
 * aside) moved first, the rest in pagefind's order. Pagefind scores words, not whole names: `o3`
 * ranked `o3 Mini High` above `o3`. Only primary pages count (they carry `aka`): a snapshot page
 * named by its dated id (`gpt-4.1-nano-2025-04-14`) stays below the model it belongs to.
 */
export function exactNameFirst<T extends { meta: Record<string, string | undefined> }>(
  results: readonly T[],
  query: string,
): T[] {
  const key = nameKey(query);
  const exact = (r: T) => key !== "" && r.meta.aka !== undefined && nameKey(r.meta.name ?? "") === key;
  return [...results.filter(exact), ...results.filter((r) => !exact(r))];
}
