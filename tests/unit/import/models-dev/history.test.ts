import { describe, expect, it } from "vitest";
import { buildHistory, type HistoryEvent } from "~/import/models-dev/history";
import type { Issue } from "~/import/models-dev/types";

const meta = { date: "2026-07-01", commit: "abcdef1234567" };
function run(events: HistoryEvent[], current?: object, inherited?: object) {
  const issues: Issue[] = [];
  const built = buildHistory({
    path: "providers/p/models/m.toml",
    events,
    current: current as never,
    inherited: inherited as never,
    meta,
    issues,
  });
  const prices = built.prices.map(({ source, ...rest }) => rest);
  return { ...built, prices, issues, sources: built.prices.map((e) => e.source) };
}

describe("buildHistory", () => {
  it("does not count a key rename as a change", () => {
    const { prices } = run(
      [
        {
          date: "2025-06-10",
          commit: "aaaaaaa",
          event: "added",
          cost: { input: 1, inputCached: 0.5, outputCached: 0 },
        },
        { date: "2025-06-17", commit: "bbbbbbb", event: "changed", cost: { input: 1, cache_read: 0.5 } },
      ],
      { input: 1, cacheRead: 0.5 },
    );
    expect(prices).toEqual([{ from: "2025-06-10", input: 1, cacheRead: 0.5 }]);
  });

  it("dates entries by the upstream change, cites the commit, and ends with the snapshot's price", () => {
    const { prices, sources } = run(
      [
        { date: "2025-01-01", commit: "aaaaaaa", event: "added", cost: { input: 1 } },
        { date: "2025-03-01", commit: "bbbbbbb", event: "changed", cost: { input: 2 } },
      ],
      { input: 2 },
    );
    expect(prices).toEqual([
      { from: "2025-01-01", input: 1 },
      { from: "2025-03-01", input: 2 },
    ]);
    expect(sources[1]).toEqual({
      name: "models.dev",
      url: "https://models.dev",
      retrieved: "2026-07-01",
      commit: "bbbbbbb",
      note: "date the upstream catalog changed",
    });
  });

  it("collapses consecutive equal prices and lets the last event of a date win", () => {
    const { prices } = run(
      [
        { date: "2025-01-01", event: "added", cost: { input: 1 } },
        { date: "2025-02-01", event: "changed", cost: { input: 1 } },
        { date: "2025-03-01", event: "changed", cost: { input: 5 } },
        { date: "2025-03-01", event: "changed", cost: { input: 3 } },
      ],
      { input: 3 },
    );
    expect(prices).toEqual([
      { from: "2025-01-01", input: 1 },
      { from: "2025-03-01", input: 3 },
    ]);
  });

  it("sorts events by date, keeping their order within a date", () => {
    const { prices } = run(
      [
        { date: "2025-03-01", event: "changed", cost: { input: 2 } },
        { date: "2025-01-01", event: "added", cost: { input: 1 } },
      ],
      { input: 2 },
    );
    expect(prices.map((p) => p.from)).toEqual(["2025-01-01", "2025-03-01"]);
  });

  it("uses the resolved base's cost for events without one, else skips them", () => {
    const events: HistoryEvent[] = [
      { date: "2025-01-01", event: "added", cost: null },
      { date: "2025-02-01", event: "changed", cost: { input: 2 } },
    ];
    expect(run(events, { input: 2 }, { input: 1 }).prices).toEqual([
      { from: "2025-01-01", input: 1 },
      { from: "2025-02-01", input: 2 },
    ]);
    expect(run(events, { input: 2 }).prices).toEqual([{ from: "2025-02-01", input: 2 }]);
  });

  it("appends the snapshot's price when the history does not end with it", () => {
    // The history does not say when the snapshot's price came in: it is dated by the snapshot.
    expect(run([{ date: "2025-01-01", event: "added", cost: { input: 1 } }], { input: 4 }).prices).toEqual([
      { from: "2025-01-01", input: 1 },
      { from: "2026-07-01", input: 4 },
    ]);
    expect(run([{ date: "2025-01-01", event: "added", cost: null }], { input: 4 }).prices).toEqual([
      { from: "2025-01-01", input: 4 },
    ]);
    expect(run([], { input: 4 }).prices).toEqual([{ from: "2026-07-01", input: 4 }]);
  });

  it("ends with an entry without prices when the snapshot no longer lists any", () => {
    const { prices } = run(
      [
        { date: "2025-01-01", event: "added", cost: { input: 1 } },
        { date: "2025-05-01", event: "changed", cost: null },
      ],
      {},
    );
    expect(prices).toEqual([
      { from: "2025-01-01", input: 1 },
      { from: "2025-05-01", note: "models.dev no longer lists prices for this offering" },
    ]);
  });

  it("gives the removal date of a history that ends with `removed`", () => {
    const built = run([
      { date: "2025-01-01", event: "added", cost: { input: 1 } },
      { date: "2025-09-01", event: "removed" },
    ]);
    expect(built.endsRemoved).toBe(true);
    expect(built.removedOn).toBe("2025-09-01");
    expect(built.prices).toEqual([{ from: "2025-01-01", input: 1 }]);
  });

  it("gives no prices for an offering that never had a cost", () => {
    expect(run([{ date: "2025-01-01", event: "added", cost: null }], {}).prices).toEqual([]);
  });

  it("reports unknown keys in history costs once, naming the date", () => {
    const { issues } = run(
      [
        { date: "2025-01-01", event: "added", cost: { input: 1, odd: 1 } },
        { date: "2025-02-01", event: "changed", cost: { input: 2, odd: 1 } },
      ],
      { input: 2 },
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: "unknown-cost-key", key: "history cost.odd" });
    expect(issues[0]!.reason).toContain("2025-01-01");
  });
});
