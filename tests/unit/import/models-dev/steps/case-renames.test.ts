/** Case-only renames upstream join one offering's history instead of retiring one and adding another. */
import { describe, expect, it } from "vitest";
import type { HistoryEvent } from "~/import/models-dev/history";
import { joinCaseRenames } from "~/import/models-dev/steps/case-renames";

const ev = (date: string, input: number, event: HistoryEvent["event"] = "changed"): HistoryEvent => ({
  date,
  event,
  ...(event === "removed" ? {} : { cost: { input } }),
});
const OLD = "providers/p/models/MiniMax-M2.toml";
const NEW = "providers/p/models/minimax-m2.toml";

describe("joinCaseRenames", () => {
  it("puts the old spelling's events before those of the spelling the snapshot has", () => {
    const history = {
      [OLD]: [ev("2025-01-01", 1, "added"), ev("2025-03-01", 2), ev("2025-06-01", 0, "removed")],
      [NEW]: [ev("2025-06-01", 2, "added")],
    };
    const joined = joinCaseRenames(new Set([NEW]), history);
    expect(joined.caseRenames).toBe(1);
    expect(joined.eventsOf.get(NEW)).toEqual([...history[OLD], ...history[NEW]]);
    expect(joined.eventsOf.has(OLD)).toBe(false);
    expect(joined.historyOnly).toEqual([]);
  });

  it("names a history-only offering by its most recently changed spelling", () => {
    const history = {
      [OLD]: [ev("2025-01-01", 1, "added"), ev("2025-02-01", 0, "removed")],
      [NEW]: [ev("2025-02-01", 1, "added"), ev("2025-05-01", 0, "removed")],
    };
    const joined = joinCaseRenames(new Set(), history);
    expect(joined.historyOnly).toEqual([NEW]);
    expect(joined.eventsOf.get(NEW)!.map((e) => e.date)).toEqual([
      "2025-01-01",
      "2025-02-01",
      "2025-02-01",
      "2025-05-01",
    ]);
  });

  it("leaves different names apart and lists history-only paths sorted", () => {
    const history = {
      "providers/p/models/b.toml": [ev("2025-01-01", 1, "added")],
      "providers/p/models/a.toml": [ev("2025-01-01", 1, "added")],
      "providers/p/models/a-2.toml": [ev("2025-01-01", 1, "added")],
    };
    const joined = joinCaseRenames(new Set(["providers/p/models/a-2.toml"]), history);
    expect(joined.caseRenames).toBe(0);
    expect(joined.historyOnly).toEqual(["providers/p/models/a.toml", "providers/p/models/b.toml"]);
    expect([...joined.eventsOf.keys()].sort()).toEqual(Object.keys(history).sort());
  });
});
