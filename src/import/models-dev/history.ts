/**
 * Price history of one offering from the upstream catalog's git history.
 *
 * Rules:
 * - each `added`/`changed` event with a cost becomes an entry dated the day upstream changed;
 * - several events on one date: the last one wins;
 * - consecutive entries with equal prices collapse into the first (so a key rename such as
 *   `inputCached = 0.5` -> `cache_read = 0.5` is not a change);
 * - an event without a cost (`null`: the file inherited its prices through `base_model` then)
 *   takes the resolved base's cost when there is one, and is otherwise skipped;
 * - the snapshot's own resolved cost is always the last entry; if the snapshot lists no price
 *   while the history did, a last entry without prices says the price is no longer published.
 */
import { samePrices, type PriceEntry, type Source } from "~/schemas";
import { isEmptyPrice, normalizeCost, type PricePart } from "./costs";
import { MODELS_DEV_URL } from "./fields";
import type { Issue, SnapshotMeta } from "./types";

export interface HistoryEvent {
  date: string;
  commit?: string;
  event: "added" | "changed" | "removed";
  cost?: unknown;
}

/** The history file: `events["providers/<p>/models/<path>.toml"] = [...]`. */
export interface HistoryFile {
  events: Record<string, HistoryEvent[]>;
  head?: string;
  source?: string;
}

export interface BuiltHistory {
  prices: PriceEntry[];
  /** Date of the final `removed` event, when the history ends with one. */
  removedOn?: string;
  /** Whether the history ends with a `removed` event. */
  endsRemoved: boolean;
}

function eventSource(meta: SnapshotMeta, commit: string | undefined): Source {
  return {
    name: "models.dev",
    url: MODELS_DEV_URL,
    retrieved: meta.date,
    ...(commit && /^[0-9a-f]{7,40}$/.test(commit) ? { commit } : {}),
    note: "date the upstream catalog changed",
  };
}

function entry(from: string, prices: PricePart, source: Source, note?: string): PriceEntry {
  return { from, ...prices, source, ...(note ? { note } : {}) } as PriceEntry;
}

/** Puts an entry at the end: replacing one of the same date (last wins), skipping a repeat. */
function append(entries: PriceEntry[], next: PriceEntry): void {
  const last = entries[entries.length - 1];
  if (last && last.from === next.from) {
    entries.pop();
    const before = entries[entries.length - 1];
    if (before && samePrices(before, next)) return;
    entries.push(next);
    return;
  }
  if (last && samePrices(last, next)) return;
  entries.push(next);
}

/**
 * Builds the price history of one offering.
 * @param current the snapshot's resolved prices; `undefined` when the file is not in the snapshot.
 * @param inherited the resolved base's prices, used for events that carry no cost.
 */
export function buildHistory(opts: {
  path: string;
  events: HistoryEvent[] | undefined;
  current: PricePart | undefined;
  inherited?: PricePart;
  meta: SnapshotMeta;
  issues: Issue[];
}): BuiltHistory {
  const { path, meta, issues } = opts;
  const events = [...(opts.events ?? [])]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e);
  const entries: PriceEntry[] = [];
  const seen = new Set<string>();
  let removedOn: string | undefined;
  let lastDate: string | undefined;
  let lastCommit: string | undefined;
  let noCostSince: string | undefined;
  for (const event of events) {
    if (event.event === "removed") {
      removedOn = event.date;
      continue;
    }
    removedOn = undefined;
    lastDate = event.date;
    lastCommit = event.commit;
    let prices: PricePart | undefined;
    if (event.cost === null || event.cost === undefined) {
      if (opts.inherited && !isEmptyPrice(opts.inherited)) prices = opts.inherited;
    } else {
      const normalized = normalizeCost(event.cost, "history cost.");
      for (const issue of normalized.issues) {
        const key = `${issue.kind}\u0000${issue.key}`;
        if (seen.has(key)) continue;
        seen.add(key);
        issues.push({ ...issue, path, reason: `${issue.reason} (in the history, first on ${event.date})` });
      }
      prices = normalized.prices;
    }
    if (!prices || isEmptyPrice(prices)) {
      if (entries.length && !noCostSince) noCostSince = event.date;
      continue;
    }
    noCostSince = undefined;
    append(entries, entry(event.date, prices, eventSource(meta, event.commit)));
  }

  const current = opts.current;
  if (current !== undefined) {
    const last = entries[entries.length - 1];
    if (!isEmptyPrice(current)) {
      if (!last || !samePrices(last, entry(last.from, current, last.source))) {
        // The day of the upstream change that brought these prices, when the history has one after
        // the last entry; otherwise (prices that came through base_model or a link) the snapshot's day.
        const fromEvent = lastDate !== undefined && (!last || lastDate > last.from);
        const from = fromEvent ? lastDate! : meta.date;
        const source = fromEvent
          ? eventSource(meta, lastCommit)
          : { ...eventSource(meta, meta.commit), note: "first seen in this snapshot (no dated upstream change)" };
        append(entries, entry(from, current, source));
      }
    } else if (last) {
      const from = noCostSince ?? lastDate ?? meta.date;
      append(
        entries,
        entry(
          from > last.from ? from : last.from,
          {},
          eventSource(meta, lastCommit),
          "models.dev no longer lists prices for this offering",
        ),
      );
    }
  }
  const endsRemoved = events.length > 0 && events[events.length - 1]!.event === "removed";
  return { prices: entries, removedOn: endsRemoved ? removedOn : undefined, endsRemoved };
}
