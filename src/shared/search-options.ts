/** The search page's filters and sorts and pagefind's ranking options: shared by the pages that
 * write the index and the browser code that queries it. */

/** Filter keys and their labels, in the order the search page shows them. */
export const FILTER_LABELS = {
  type: "Type",
  kind: "Kind of model",
  creator: "Creator",
  provider: "Provider",
  input: "Input",
  output: "Output",
  capability: "Capabilities",
  weights: "Weights",
  status: "Status",
} as const;
export type FilterKey = keyof typeof FILTER_LABELS;

/** Sort keys: the value sent to pagefind, the label, and the order that reads naturally. */
export const SORTS = [
  { id: "price", label: "Cheapest input price (chat models)", order: "asc" },
  { id: "context", label: "Largest context window", order: "desc" },
  { id: "released", label: "Newest release", order: "desc" },
] as const;
export type SortId = (typeof SORTS)[number]["id"];

/**
 * Pagefind ranking options, set once in the browser before the first search. Measured on the full
 * catalog (see tests/e2e/search.spec.ts): with the defaults, short imported pages whose title is
 * a bare id (`gpt-4.1-nano-2025-04-14`) outrank the model that id belongs to, and long pages that
 * mention a name in passing (a sibling table) outrank the page about it. So: no bonus for short
 * pages, little for repetition, a strong preference for whole-word matches, and the boost for matching metadata goes to the `aka` field (name
 * and ids of primary pages) above the title, while prices and other metadata are not searched.
 */
export const PAGEFIND_RANKING = {
  pageLength: 0,
  termFrequency: 0.3,
  // A query word matches every word it starts: strongly prefer the shortest (`gpt-4o` over
  // `gpt-4o-mini-search-preview`).
  termSimilarity: 10,
  metaWeights: { title: 5, aka: 10, name: 0, creator: 0, kind: 0, input: 0, output: 0, context: 0 },
} as const;
