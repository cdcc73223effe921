import { describe, expect, it } from "vitest";
import { budget, formatBudget, type BudgetRow } from "../../../scripts/lib/bench-budget";

const row = (catalog: string, over: Partial<BudgetRow> = {}): BudgetRow => ({
  catalog,
  models: 1000,
  wallS: 20,
  peakTreeRssMb: 900,
  p90ProfileGzipKb: 10,
  perPageRatio: 2.5,
  ...over,
});

describe("bench budget", () => {
  it("passes what is within its goal and marks what is over, with the figure", () => {
    const lines = budget([row("real (content/)", { wallS: 65.7, p90ProfileGzipKb: 12 }), row("synthetic 1000")]);
    expect(lines.map((l) => [l.verdict, l.measured])).toEqual([
      ["OVER", "65.7 s"],
      ["PASS", "900 MB"],
      ["PASS", "12 KB"],
      ["PASS", "2.5×"],
      ["not measured", undefined],
    ]);
    expect(formatBudget(lines)).toContain("OVER         real catalog builds in ≤ 30 s wall: 65.7 s");
  });

  it("never passes a goal whose catalog was not built", () => {
    expect(budget([]).every((l) => l.verdict === "not measured")).toBe(true);
  });
});
