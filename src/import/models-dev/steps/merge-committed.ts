/**
 * Step: merge the fresh records into the committed catalog, which is the importer's state. The
 * merge only adds:
 * - a price that changed gets a new history entry (never one dated on or before the committed
 *   last entry: those are refused and reported, the committed history stays as it is);
 * - a new offering is added as built (first seen on its first dated event, or the snapshot's date);
 * - a live committed offering missing from the snapshot becomes retired on the snapshot's date
 *   (or the dated upstream removal), with its prices kept;
 * - nothing is deleted: committed records the snapshot does not give are kept as they are, and
 *   offerings whose upstream file could not be used this time (`keep`) are kept untouched.
 * Models and providers built from the snapshot replace the committed ones (they hold current
 * facts, not history); ones built only from the history never replace a committed record.
 * Identity (steps/identity.ts): a model id found to be another model's stays as a redirect record
 * (`mergedInto` the canonical id, its facts kept) and every offering on it, committed or fresh,
 * moves to the canonical model. Committed redirects are kept (chains followed to the end) unless
 * the snapshot builds that id as a model of its own again (a split).
 */
import { ENTRY_PRICE_KEYS, Model, Offering, samePrices, type PriceEntry } from "~/schemas";
import { sameAfterReading } from "~/shared/units";
import { snapshotSource } from "../fields";
import { serialize } from "../records";
import type { StepContext } from "../types";
import type { RecordSink } from "./sink";

export interface PriceChange {
  rel: string;
  provider: string;
  before: PriceEntry;
  after: PriceEntry;
}

export interface Merged {
  files: Map<string, string>;
  /** Committed offering paths renamed by case only upstream: their record continues under the new spelling. */
  renamed: Map<string, string>;
  /** Offerings not in the committed catalog. */
  added: string[];
  /** Live committed offerings whose current price changed. */
  priceChanges: PriceChange[];
  /** Live committed offerings that are retired now, with the date. */
  retirements: { rel: string; provider: string; date: string }[];
  /** Live committed offerings per provider (the base of the mass-change guard). */
  liveBefore: Map<string, number>;
  /** Live committed offerings with a current price. */
  pricedBefore: number;
  /** Offerings after the merge per provider, and how many of them are retired. */
  perProvider: Map<string, { offerings: number; retired: number }>;
}

const isLive = (o: Offering) => o.status !== "retired" && o.status !== "delisted";
const providerOfRel = (rel: string) => rel.split("/")[1]!;
/** `offerings/<p>/<id>.json` -> `providers/<p>/models/<id>.toml`. */
const upstreamPath = (rel: string) => rel.replace(/^offerings\/([^/]+)\/(.*)\.json$/, "providers/$1/models/$2.toml");
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The same prices, once the fresh reading of `output` (an image model's image-output tokens, an
 * embedding's 0; see ~/shared/units) is applied to the committed entry: the committed entry stays as
 * it is, and the new reading is not a price change.
 */
function sameReading(committed: PriceEntry, fresh: PriceEntry): boolean {
  return sameAfterReading(committed, fresh, (a, b) => samePrices(a as PriceEntry, b as PriceEntry));
}

/** Committed prices, then the fresh entries dated after them that change the price. */
function appendNewer(
  committed: PriceEntry[],
  fresh: PriceEntry[],
  rel: string,
  inSnapshot: boolean,
  ctx: StepContext,
): PriceEntry[] {
  const out = [...committed];
  for (const entry of fresh) {
    const last = out[out.length - 1];
    if (!last) out.push(entry);
    else if (entry.from < last.from || sameReading(last, entry)) continue;
    else if (entry.from === last.from)
      ctx.issues.push({
        kind: "refused",
        path: rel,
        key: "prices",
        reason: `prices of ${entry.from} differ from the committed entry of the same date; the committed history is not rewritten`,
      });
    else out.push(entry);
  }
  const current = fresh[fresh.length - 1];
  const last = out[out.length - 1];
  // The snapshot lists no price any more (and no dated event says since when): say so from today.
  const priced = last && ENTRY_PRICE_KEYS.some((k) => last[k] !== undefined);
  if (!current && inSnapshot && last && priced && ctx.meta.date > last.from) {
    out.push({
      from: ctx.meta.date,
      source: { ...snapshotSource(ctx.meta), note: "first seen in this snapshot (no dated upstream change)" },
      note: "models.dev no longer lists prices for this offering",
    });
    return out;
  }
  // A change upstream dated before the last committed entry (a late merge) is dated with this snapshot.
  if (current && last && !sameReading(last, current) && ctx.meta.date > last.from) {
    // Only new keys beside the committed ones: a price upstream listed all along that the importer
    // did not read before (a unit it had no field for), not a change upstream.
    const newlyRead = ENTRY_PRICE_KEYS.every((k) => last[k] === undefined || last[k] === current[k]);
    out.push({
      ...current,
      from: ctx.meta.date,
      note: newlyRead
        ? `listed upstream since ${current.from} in a unit the importer did not read before; read from this snapshot`
        : `changed upstream on ${current.from}, after the last import; dated with this snapshot`,
    });
  }
  return out;
}

const modelIdOf = (rel: string) => rel.slice("models/".length, -".json".length);

/** Every redirect after this import: the fresh ones, then committed ones the snapshot does not undo. */
export function redirectsAfter(
  committed: ReadonlyMap<string, string>,
  freshFiles: ReadonlyMap<string, string>,
  fresh: ReadonlyMap<string, string>,
): (id: string) => string | undefined {
  const next = new Map(fresh);
  for (const [rel, text] of committed) {
    if (!rel.startsWith("models/")) continue;
    const id = modelIdOf(rel);
    if (next.has(id) || (freshFiles.has(rel) && !freshFiles.get(rel)!.includes('"mergedInto"'))) continue;
    const target = (JSON.parse(text) as Model).mergedInto;
    if (target) next.set(id, target);
  }
  return (id) => {
    let at = next.get(id);
    const seen = new Set([id]);
    while (at && next.has(at) && !seen.has(at)) {
      seen.add(at);
      at = next.get(at);
    }
    return at;
  };
}

export function mergeCommitted(
  committed: ReadonlyMap<string, string>,
  fresh: RecordSink,
  keep: (rel: string) => boolean,
  ctx: StepContext,
  redirects: ReadonlyMap<string, string> = new Map(),
): Merged {
  const targetOf = redirectsAfter(committed, fresh.files, redirects);
  const moved = (text: string): string => {
    const o = JSON.parse(text) as Offering;
    const to = targetOf(o.model);
    return to ? serialize(Offering, { ...o, model: to }) : text;
  };
  const { meta } = ctx;
  const files = new Map<string, string>();
  const merged: Merged = {
    files,
    renamed: new Map(),
    added: [],
    priceChanges: [],
    retirements: [],
    liveBefore: new Map(),
    pricedBefore: 0,
    perProvider: new Map(),
  };
  // Case-only renames upstream: a new spelling takes over the committed record of the old one.
  const oldSpelling = new Map<string, string>(); // lower-cased committed path -> committed path
  for (const rel of committed.keys())
    if (rel.startsWith("offerings/") && !fresh.files.has(rel)) oldSpelling.set(rel.toLowerCase(), rel);
  for (const rel of fresh.files.keys()) {
    const old = oldSpelling.get(rel.toLowerCase());
    if (old && old !== rel && !committed.has(rel)) merged.renamed.set(old, rel);
  }
  const renamedTo = new Map([...merged.renamed].map(([from, to]) => [to, from]));
  const rels = [...new Set([...committed.keys(), ...fresh.files.keys()])].sort(cmp);
  for (const rel of rels) {
    if (merged.renamed.has(rel)) continue;
    const c = committed.get(renamedTo.get(rel) ?? rel);
    const f = fresh.files.get(rel);
    if (!rel.startsWith("offerings/")) {
      let text = f !== undefined && (c === undefined || !fresh.historyOnly.has(rel)) ? f : c!;
      if (rel.startsWith("models/") && c !== undefined)
        text = text !== c ? keepKind(c, text, ctx, modelIdOf(rel)) : addKind(c, f, ctx, modelIdOf(rel));
      const to = rel.startsWith("models/") ? targetOf(modelIdOf(rel)) : undefined;
      files.set(rel, to ? serialize(Model, { ...(JSON.parse(text) as Model), mergedInto: to }) : text);
      continue;
    }
    const provider = providerOfRel(rel);
    let after: Offering;
    if (c === undefined) {
      files.set(rel, moved(f!));
      merged.added.push(rel);
      after = JSON.parse(f!) as Offering;
    } else {
      const before = JSON.parse(c) as Offering;
      after = before;
      if (isLive(before)) {
        merged.liveBefore.set(provider, (merged.liveBefore.get(provider) ?? 0) + 1);
        if (before.prices.length) merged.pricedBefore++;
      }
      if (keep(rel)) {
        files.set(rel, moved(c));
        ctx.issues.push({
          kind: "kept",
          path: rel,
          reason: "kept as committed: its upstream file could not be used (see above)",
        });
      } else if (f === undefined) {
        if (isLive(before)) after = retire(before, meta.date, rel, ctx);
        files.set(rel, moved(isLive(before) ? serialize(Offering, after) : c));
      } else {
        const built = JSON.parse(f) as Offering;
        const prices = appendNewer(before.prices, built.prices, rel, !fresh.historyOnly.has(rel), ctx);
        if (!fresh.historyOnly.has(rel)) after = { ...built, prices };
        else if (isLive(before))
          after = { ...retire(before, built.statusDates?.retired ?? meta.date, rel, ctx), prices };
        else {
          // Retired before, and upstream re-added and removed it again since: the later removal counts.
          const again = built.statusDates?.retired;
          const date = again && again > (before.statusDates?.retired ?? "") ? again : before.statusDates?.retired;
          if (prices.length !== before.prices.length || date !== before.statusDates?.retired)
            after = { ...before, prices, statusDates: { ...before.statusDates, retired: date } };
        }
        files.set(rel, moved(after === before ? c : serialize(Offering, after)));
      }
      if (isLive(before) && !isLive(after))
        merged.retirements.push({ rel, provider, date: after.statusDates!.retired! });
      const [b, a] = [before.prices.at(-1), after.prices.at(-1)];
      if (isLive(before) && b && a && !samePrices(b, a))
        merged.priceChanges.push({ rel, provider, before: b, after: a });
    }
    const per = merged.perProvider.get(provider) ?? { offerings: 0, retired: 0 };
    per.offerings++;
    if (!isLive(after)) per.retired++;
    merged.perProvider.set(provider, per);
  }
  return merged;
}

/**
 * A committed kind stays unless this import places the model by stronger evidence than its
 * modalities (a word of its id or name, a LiteLLM mode): an import without the LiteLLM file, or
 * with no rule that decides, never takes a kind away or swaps it on modalities alone.
 */
function keepKind(committed: string, fresh: string, ctx: StepContext, id: string): string {
  const before = (JSON.parse(committed) as Model).kind;
  const after = JSON.parse(fresh) as Model;
  const rule = ctx.kinds?.get(id)?.rule;
  if (!before || before === after.kind || rule === "name" || rule === "litellm") return fresh;
  return serialize(Model, { ...after, kind: before });
}

/** A committed model record kept as it is (known only from the history) gains the kind this import found. */
function addKind(committed: string, fresh: string | undefined, ctx: StepContext, id: string): string {
  const kind = ctx.kinds?.get(id)?.kind ?? (fresh?.includes('"kind"') ? (JSON.parse(fresh) as Model).kind : undefined);
  if (!kind || committed.includes('"kind"')) return committed;
  return serialize(Model, { ...(JSON.parse(committed) as Model), kind });
}

function retire(o: Offering, date: string, rel: string, ctx: StepContext): Offering {
  return {
    ...o,
    status: "retired",
    statusDates: { ...o.statusDates, retired: date },
    sources: [
      {
        ...snapshotSource(ctx.meta),
        note: `upstream file ${upstreamPath(rel)} is no longer in the catalog; retired, prices kept`,
      },
    ],
    verified: ctx.meta.date,
  };
}
