/**
 * The catalog table's rows and its view state (filters, sort, page), shared by the server-rendered
 * pages and the browser: parse the URL ⇄ a state object, filter, sort (unknown values always last,
 * never read as 0), and the compact JSON the browser loads (`/api/model-table.json`).
 * No imports with runtime cost: this module is bundled into the page's script.
 */
import type { Capabilities, Modality, ModelKind, Status } from "~/schemas";
import { CAPABILITY_ENTRIES } from "./labels";
import { ENDED_STATUSES, MODEL_KINDS, STATUSES } from "./vocabulary";

export type CapabilityKey = keyof Capabilities;

/** Capability keys and labels in display order. */
export const CAPABILITIES = CAPABILITY_ENTRIES;
export const CAP_KEYS: readonly CapabilityKey[] = CAPABILITIES.map(([k]) => k);

export const MODALITIES = ["text", "image", "audio", "video", "pdf"] as const satisfies readonly Modality[];
export { STATUSES };

/** One model as the catalog table shows it. `null` is unknown. */
export interface BrowseRow {
  id: string;
  name: string;
  creator: string;
  creatorName: string;
  /** Providers with a live offering of the model, ids. */
  providers: string[];
  /** Cheapest input / output price at any live offering, USD per 1M tokens. */
  input: number | null;
  output: number | null;
  context: number | null;
  maxOutput: number | null;
  modalitiesIn: Modality[] | null;
  modalitiesOut: Modality[] | null;
  /** Capabilities the model is known to have (unknown and "no" are both absent). */
  caps: CapabilityKey[];
  openWeights: boolean | null;
  released: string | null;
  status: Status;
  /** What the model does; null is unknown. */
  kind: ModelKind | null;
}

export const SORT_KEYS = [
  "name",
  "creator",
  "providers",
  "input",
  "output",
  "context",
  "maxOutput",
  "modalities",
  "released",
  "status",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface BrowseState {
  /** Kinds to list (chat, embedding, …); empty lists every kind. */
  kind: ModelKind[];
  creator: string[];
  provider: string[];
  /** Input modalities the model must all accept. */
  input: Modality[];
  /** Output modalities the model must all produce. */
  output: Modality[];
  cap: CapabilityKey[];
  open: boolean | null;
  /** Statuses to list; empty lists every status but retired and delisted (unless `retired`). */
  status: Status[];
  retired: boolean;
  minInput: number | null;
  maxInput: number | null;
  minOutput: number | null;
  maxOutput: number | null;
  minContext: number | null;
  maxContext: number | null;
  sort: SortKey;
  desc: boolean;
  page: number;
}

export const PAGE_SIZE = 50;

/** The default order: the most widely served models first (ties by name), not an alphabet of odd names. */
export const DEFAULT_SORT: { sort: SortKey; desc: boolean } = { sort: "providers", desc: true };

export function defaultState(): BrowseState {
  return {
    kind: [],
    creator: [],
    provider: [],
    input: [],
    output: [],
    cap: [],
    open: null,
    status: [],
    retired: false,
    minInput: null,
    maxInput: null,
    minOutput: null,
    maxOutput: null,
    minContext: null,
    maxContext: null,
    sort: DEFAULT_SORT.sort,
    desc: DEFAULT_SORT.desc,
    page: 1,
  };
}

const LISTS = ["kind", "creator", "provider", "input", "output", "cap", "status"] as const;
const NUMBERS = ["minInput", "maxInput", "minOutput", "maxOutput", "minContext", "maxContext"] as const;

const list = (params: URLSearchParams, key: string) => [
  ...new Set(
    params
      .getAll(key)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];
const only = <T extends string>(values: string[], allowed: readonly T[]) =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

function num(value: string | null): number | null {
  if (value === null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** Reads a view from a query string (`?creator=openai&cap=toolCalling&maxInput=0.2&sort=-context`). Unknown values are dropped. */
export function parseState(query: string | URLSearchParams): BrowseState {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const state = defaultState();
  state.kind = only(list(params, "kind"), MODEL_KINDS);
  state.creator = list(params, "creator");
  state.provider = list(params, "provider");
  state.input = only(list(params, "input"), MODALITIES);
  state.output = only(list(params, "output"), MODALITIES);
  state.cap = only(list(params, "cap"), CAP_KEYS);
  state.status = only(list(params, "status"), STATUSES);
  const open = params.get("open");
  state.open = open === "1" || open === "true" ? true : open === "0" || open === "false" ? false : null;
  const retired = params.get("retired");
  state.retired = retired === "1" || retired === "true";
  for (const key of NUMBERS) state[key] = num(params.get(key));
  const sort = params.get("sort") ?? "";
  const key = sort.replace(/^-/, "");
  if ((SORT_KEYS as readonly string[]).includes(key)) {
    state.sort = key as SortKey;
    state.desc = sort.startsWith("-");
  }
  const page = Number(params.get("page"));
  state.page = Number.isInteger(page) && page > 1 ? page : 1;
  return state;
}

/** Writes a view as a query string without defaults, in a stable order; "" for the default view. */
export function serializeState(state: BrowseState): string {
  const params = new URLSearchParams();
  for (const key of LISTS) if (state[key].length) params.set(key, state[key].join(","));
  if (state.open !== null) params.set("open", state.open ? "1" : "0");
  if (state.retired) params.set("retired", "1");
  for (const key of NUMBERS) if (state[key] !== null) params.set(key, String(state[key]));
  if (state.sort !== DEFAULT_SORT.sort || state.desc !== DEFAULT_SORT.desc)
    params.set("sort", `${state.desc ? "-" : ""}${state.sort}`);
  if (state.page > 1) params.set("page", String(state.page));
  // Keep commas readable in shared links.
  return params.toString().replace(/%2C/g, ",");
}

const within = (value: number | null, min: number | null, max: number | null) =>
  (min === null && max === null) ||
  (value !== null && (min === null || value >= min) && (max === null || value <= max));

/** Whether a row passes every filter. A filter on a value the row does not know excludes the row. */
export function matches(row: BrowseRow, state: BrowseState): boolean {
  if (state.status.length ? !state.status.includes(row.status) : !state.retired && ENDED_STATUSES.includes(row.status))
    return false;
  if (state.kind.length && !(row.kind && state.kind.includes(row.kind))) return false;
  if (state.creator.length && !state.creator.includes(row.creator)) return false;
  if (state.provider.length && !state.provider.some((p) => row.providers.includes(p))) return false;
  if (state.input.length && !(row.modalitiesIn && state.input.every((m) => row.modalitiesIn!.includes(m))))
    return false;
  if (state.output.length && !(row.modalitiesOut && state.output.every((m) => row.modalitiesOut!.includes(m))))
    return false;
  if (state.cap.length && !state.cap.every((c) => row.caps.includes(c))) return false;
  if (state.open !== null && row.openWeights !== state.open) return false;
  return (
    within(row.input, state.minInput, state.maxInput) &&
    within(row.output, state.minOutput, state.maxOutput) &&
    within(row.context, state.minContext, state.maxContext)
  );
}

const STATUS_ORDER: Record<Status, number> = { active: 0, preview: 1, deprecated: 2, retired: 3, delisted: 4 };

/** The value a column sorts by; null is unknown. */
function sortValue(row: BrowseRow, key: SortKey): string | number | null {
  switch (key) {
    case "name":
      return row.name.toLowerCase();
    case "creator":
      return row.creatorName.toLowerCase();
    case "providers":
      return row.providers.length;
    case "input":
      return row.input;
    case "output":
      return row.output;
    case "context":
      return row.context;
    case "maxOutput":
      return row.maxOutput;
    case "modalities":
      return row.modalitiesIn ? formatModalities(row) : null;
    case "released":
      return row.released;
    case "status":
      return STATUS_ORDER[row.status];
  }
}

/** Price columns: sorted within each kind (chat first, unknown kind last), so an embedding is never "cheaper" than a chat model. */
const PRICE_KEYS: readonly SortKey[] = ["input", "output"];
const kindOrder = (row: BrowseRow) => (row.kind ? MODEL_KINDS.indexOf(row.kind) : MODEL_KINDS.length);

/** Sorts by a column, ascending or descending; unknown values go last either way; ties by name, then id. */
export function sortRows(rows: readonly BrowseRow[], key: SortKey, desc = false): BrowseRow[] {
  const keyed = rows.map((row) => ({ row, v: sortValue(row, key) }));
  const byKind = PRICE_KEYS.includes(key);
  keyed.sort((a, b) => {
    if (byKind && a.row.kind !== b.row.kind) return kindOrder(a.row) - kindOrder(b.row);
    if (a.v === null || b.v === null) {
      if (a.v !== b.v) return a.v === null ? 1 : -1;
    } else if (a.v !== b.v) {
      const c = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : String(a.v).localeCompare(String(b.v));
      if (c !== 0) return desc ? -c : c;
    }
    return a.row.name.localeCompare(b.row.name) || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0);
  });
  return keyed.map((k) => k.row);
}

/** Filters then sorts. */
export function applyState(rows: readonly BrowseRow[], state: BrowseState): BrowseRow[] {
  return sortRows(
    rows.filter((r) => matches(r, state)),
    state.sort,
    state.desc,
  );
}

/** The rows of one page (1-based) and the page count; an out-of-range page is clamped. */
export function paginate<T>(
  rows: readonly T[],
  page: number,
  size = PAGE_SIZE,
): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((p - 1) * size, p * size), page: p, pages };
}

/** `text + image → text`; "—" when unknown. */
export function formatModalities(row: Pick<BrowseRow, "modalitiesIn" | "modalitiesOut">): string {
  if (!row.modalitiesIn && !row.modalitiesOut) return "—";
  return `${row.modalitiesIn?.join(" + ") || "—"} → ${row.modalitiesOut?.join(" + ") || "—"}`;
}
