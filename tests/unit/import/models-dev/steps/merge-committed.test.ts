/**
 * Merging a fresh import into the committed catalog: it only adds (new entries, offerings,
 * retirements); a committed history entry or a retired offering is never dropped or rewritten.
 */
import { describe, expect, it } from "vitest";
import { serialize } from "~/import/models-dev/records";
import { mergeCommitted } from "~/import/models-dev/steps/merge-committed";
import { RecordSink } from "~/import/models-dev/steps/sink";
import { DEFAULT_TABLES } from "~/import/models-dev/tables";
import type { Issue, StepContext } from "~/import/models-dev/types";
import { Offering, type PriceEntry } from "~/schemas";
import { source, validOffering, validPriceEntry } from "../../../factories";

const DAY = "2026-07-02";
const context = (): StepContext => ({
  meta: { date: DAY, commit: "abcdef1234567" },
  known: { curatedModels: new Map(), benchmarks: new Set() },
  tables: DEFAULT_TABLES,
  issues: [] as Issue[],
});
const entry = (from: string, input: number) =>
  validPriceEntry({ from, input, output: input * 4, cacheRead: undefined, source: source({ retrieved: from }) });
const offering = (prices: ReturnType<typeof entry>[], extra: object = {}) =>
  serialize(Offering, validOffering({ prices, verified: prices.at(-1)!.from, ...extra }));
const fresh = (files: Record<string, string>, historyOnly: string[] = []) => {
  const sink = new RecordSink([]);
  for (const [rel, text] of Object.entries(files)) sink.files.set(rel, text);
  for (const rel of historyOnly) sink.historyOnly.add(rel);
  return sink;
};
const read = (text: string | undefined) => JSON.parse(text!) as Offering;
const froms = (prices: PriceEntry[]) => prices.map((p) => `${p.from}:${p.input}`);
const none = () => false;

describe("mergeCommitted", () => {
  const A = "offerings/openai/a.json";
  const committedA = offering([entry("2025-01-01", 1), entry("2025-06-01", 2)]);

  it("keeps every committed entry when the fresh history is shorter (an import without --history)", () => {
    const ctx = context();
    const merged = mergeCommitted(new Map([[A, committedA]]), fresh({ [A]: offering([entry(DAY, 2)]) }), none, ctx);
    expect(froms(read(merged.files.get(A)).prices)).toEqual(["2025-01-01:1", "2025-06-01:2"]);
    expect(merged.priceChanges).toEqual([]);
  });

  it("adds a changed price as a new entry after the committed ones, and counts it", () => {
    const ctx = context();
    const merged = mergeCommitted(new Map([[A, committedA]]), fresh({ [A]: offering([entry(DAY, 3)]) }), none, ctx);
    expect(froms(read(merged.files.get(A)).prices)).toEqual(["2025-01-01:1", "2025-06-01:2", `${DAY}:3`]);
    expect(merged.priceChanges.map((c) => [c.rel, c.before.input, c.after.input])).toEqual([[A, 2, 3]]);
    expect(merged.pricedBefore).toBe(1);
  });

  it("never rewrites the committed last entry with another price of its date; dates the change with the snapshot", () => {
    const ctx = context();
    const merged = mergeCommitted(
      new Map([[A, committedA]]),
      fresh({ [A]: offering([entry("2025-06-01", 9)]) }),
      none,
      ctx,
    );
    // The committed entry of 2025-06-01 stays; the new price is dated with this snapshot instead.
    const prices = read(merged.files.get(A)).prices;
    expect(froms(prices)).toEqual(["2025-01-01:1", "2025-06-01:2", `${DAY}:9`]);
    expect(prices.slice(0, 2)).toEqual(read(committedA).prices);
    expect(prices[2]!.note).toBe("changed upstream on 2025-06-01, after the last import; dated with this snapshot");
    expect(ctx.issues).toEqual([
      expect.objectContaining({
        kind: "refused",
        path: A,
        reason: expect.stringMatching(/^prices of 2025-06-01 differ/),
      }),
    ]);
  });

  it("retires a live offering missing from the snapshot on the snapshot's day, with its prices", () => {
    const ctx = context();
    const merged = mergeCommitted(new Map([[A, committedA]]), fresh({}), none, ctx);
    const after = read(merged.files.get(A));
    expect(after.status).toBe("retired");
    expect(after.statusDates?.retired).toBe(DAY);
    expect(froms(after.prices)).toEqual(["2025-01-01:1", "2025-06-01:2"]);
    expect(merged.retirements).toEqual([{ rel: A, provider: "openai", date: DAY }]);
    expect(merged.liveBefore.get("openai")).toBe(1);
  });

  it("never drops or rewrites an offering retired before, present or not in the snapshot", () => {
    const ctx = context();
    const R = "offerings/openai/old.json";
    const retired = offering([entry("2024-01-01", 5)], { status: "retired", statusDates: { retired: "2024-06-01" } });
    const merged = mergeCommitted(new Map([[R, retired]]), fresh({}), none, ctx);
    expect(merged.files.get(R)).toBe(retired);
    expect(merged.retirements).toEqual([]);
    expect(merged.perProvider.get("openai")).toEqual({ offerings: 1, retired: 1 });
  });

  it("adds a new offering as built and keeps one whose upstream file could not be used", () => {
    const ctx = context();
    const B = "offerings/openai/b.json";
    const built = offering([entry(DAY, 1)]);
    const merged = mergeCommitted(new Map([[A, committedA]]), fresh({ [B]: built }), (rel) => rel === A, ctx);
    expect(merged.added).toEqual([B]);
    expect(merged.files.get(B)).toBe(built);
    expect(merged.files.get(A)).toBe(committedA);
    expect(merged.retirements).toEqual([]);
    expect(ctx.issues).toEqual([expect.objectContaining({ kind: "kept", path: A })]);
  });

  it("continues a committed record under a case-only rename, keeping its history", () => {
    const ctx = context();
    const OLD = "offerings/p/MiniMax-M2.json";
    const NEW = "offerings/p/minimax-m2.json";
    const merged = mergeCommitted(new Map([[OLD, committedA]]), fresh({ [NEW]: offering([entry(DAY, 3)]) }), none, ctx);
    expect(merged.renamed).toEqual(new Map([[OLD, NEW]]));
    expect(merged.files.has(OLD)).toBe(false);
    expect(froms(read(merged.files.get(NEW)).prices)).toEqual(["2025-01-01:1", "2025-06-01:2", `${DAY}:3`]);
    expect(merged.added).toEqual([]);
  });

  it("lets a history-only record never replace a committed model or provider", () => {
    const ctx = context();
    const M = "models/openai/a.json";
    const merged = mergeCommitted(
      new Map([[M, "committed\n"]]),
      fresh({ [M]: "from history\n", "models/openai/b.json": "new\n" }, [M]),
      none,
      ctx,
    );
    expect(merged.files.get(M)).toBe("committed\n");
    expect(merged.files.get("models/openai/b.json")).toBe("new\n");
  });
});
