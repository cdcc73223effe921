/**
 * Applies the plausibility rules (`~/shared/plausibility`) to the loaded catalog, and the curated
 * decisions of `content/curated/price-decisions.json` that clear or correct what they hold. Runs on
 * every load, so every build applies them to whatever the importers wrote; records are not changed
 * on disk.
 */
import { PriceDecisions, type PriceDecision, type PriceEntry } from "~/schemas";
import {
  CHECKED_DIMENSIONS,
  currencyDoubtOf,
  flagHistory,
  nonTokenReason,
  TOKEN_PRICE_MAX,
  TOKEN_PRICE_MIN,
  type HistoryContext,
  type PriceFlag,
} from "~/shared/plausibility";
import { readCuratedFile } from "./curated-file";
import type { Catalog, OfferingEntry } from "./load-catalog";
import type { Problem } from "./problems";

export const DECISIONS_FILE = "content/curated/price-decisions.json";

/** What the rules and decisions say about one offering's history. */
export interface OfferingTrust {
  /** Entry date → the flags that hold it. Disputed entries are never the current price. */
  disputed: Map<string, PriceFlag[]>;
  /** Entry date → the curated decision on it (accepted, or corrected: `upstream` keeps what the import said). */
  decided: Map<string, { decision: PriceDecision; upstream: PriceEntry }>;
}

/** Reads and checks the decisions file; a missing file is no decisions. */
export function readDecisions(root: string, problems: Problem[]): PriceDecision[] {
  return readCuratedFile(root, DECISIONS_FILE, PriceDecisions, problems)?.decisions ?? [];
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * The median last price per dimension of each model's offerings that pass the range rule, zeros
 * aside, with the offering itself left out (`peersOf`). Needs two other offerings at least.
 */
function peerPrices(catalog: Catalog): (offering: OfferingEntry) => HistoryContext["peers"] {
  const passing = (o: OfferingEntry, field: (typeof CHECKED_DIMENSIONS)[number]) => {
    const v = o.data.prices[o.data.prices.length - 1]?.[field];
    return v !== undefined && v >= TOKEN_PRICE_MIN && v <= TOKEN_PRICE_MAX ? v : undefined;
  };
  // Per model and dimension, the passing last prices of all its offerings; an offering's peers are
  // those without its own value.
  const byModel = new Map<string, Map<string, number[]>>();
  for (const o of catalog.offerings.values()) {
    let fields = byModel.get(o.data.model);
    if (!fields) byModel.set(o.data.model, (fields = new Map()));
    for (const field of CHECKED_DIMENSIONS) {
      const v = passing(o, field);
      if (v === undefined) continue;
      const values = fields.get(field);
      if (values) values.push(v);
      else fields.set(field, [v]);
    }
  }
  return (offering) => {
    const peers: NonNullable<HistoryContext["peers"]> = {};
    const fields = byModel.get(offering.data.model);
    for (const field of CHECKED_DIMENSIONS) {
      const values = [...(fields?.get(field) ?? [])];
      const own = passing(offering, field);
      if (own !== undefined) values.splice(values.indexOf(own), 1); // own is among them: it passed
      if (values.length >= 2) peers[field] = median(values);
    }
    return peers;
  };
}

/** The rules' context for one offering: its provider's currency signals, its model's kind signals, its peers. */
function contextOf(catalog: Catalog, offering: OfferingEntry, peersOf: ReturnType<typeof peerPrices>): HistoryContext {
  const model = catalog.models.get(offering.data.model);
  const currencyDoubt = currencyDoubtOf(offering.provider, catalog.providers.get(offering.provider)?.data);
  const nonToken = nonTokenReason([offering.data.model, model?.data.name ?? "", offering.data.apiId]);
  return { ...(currencyDoubt ? { currencyDoubt } : {}), ...(nonToken ? { nonToken } : {}), peers: peersOf(offering) };
}

/**
 * Applies decisions (a correction replaces the entry's prices in the loaded catalog, with the
 * decision's source) and flags every history. Sets `trust` on each offering with a flag or a
 * decision; reports decisions that name an unknown offering or entry.
 */
export function applyTrust(catalog: Catalog, decisions: readonly PriceDecision[], problems: Problem[]): void {
  const byOffering = new Map<string, Map<string, PriceDecision>>();
  decisions.forEach((d, i) => {
    const offering = catalog.offerings.get(d.offering);
    const err = (field: string, message: string) =>
      problems.push({ file: DECISIONS_FILE, field: `decisions.${i}.${field}`, message, level: "error" });
    if (!offering) return err("offering", `unknown offering (expected an offering id, found "${d.offering}")`);
    if (!offering.data.prices.some((e) => e.from === d.from))
      return err(
        "from",
        `no history entry on that date (expected one of ${offering.data.prices.map((e) => e.from).join(", ") || "none"}, found ${d.from})`,
      );
    const map = byOffering.get(d.offering) ?? new Map<string, PriceDecision>();
    if (map.has(d.from)) return err("from", `a second decision on one entry (expected one, found ${d.from} twice)`);
    map.set(d.from, d);
    byOffering.set(d.offering, map);
  });
  // Decisions first, so every offering's peers are the decided prices, whatever the order.
  const decidedOf = new Map<OfferingEntry, Map<string, { decision: PriceDecision; upstream: PriceEntry }>>();
  for (const offering of catalog.offerings.values()) {
    const mine = byOffering.get(offering.id);
    const decided = new Map<string, { decision: PriceDecision; upstream: PriceEntry }>();
    decidedOf.set(offering, decided);
    if (mine) {
      const prices = offering.data.prices.map((entry) => {
        const decision = mine.get(entry.from);
        if (!decision) return entry;
        decided.set(entry.from, { decision, upstream: entry });
        if (decision.action === "accept") return entry;
        const kept = { ...entry };
        for (const key of decision.unset ?? []) delete kept[key];
        return { ...kept, ...decision.prices, source: decision.source, note: decision.reason };
      });
      offering.data = { ...offering.data, prices };
    }
  }
  const peersOf = peerPrices(catalog);
  for (const [offering, decided] of decidedOf) {
    const disputed = flagHistory(offering.data.prices, contextOf(catalog, offering, peersOf), new Set(decided.keys()));
    if (disputed.size || decided.size) offering.trust = { disputed, decided };
  }
}
