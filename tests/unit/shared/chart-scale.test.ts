import { describe, expect, it } from "vitest";
import {
  changeLabels,
  dayMs,
  defaultLines,
  needsLogScale,
  timeRange,
  viewPoints,
  type ChartLine,
} from "~/shared/chart-scale";

const line = (id: string, prices: ChartLine["prices"], extra: Partial<ChartLine> = {}): ChartLine => ({
  id,
  name: id,
  firstParty: false,
  live: true,
  prices,
  ...extra,
});

describe("timeRange", () => {
  it("fits a single price to a short stretch around it, not years of axis", () => {
    const { min, max } = timeRange([{ points: [["2026-11-20", 1]], end: "2026-12-01" }]);
    expect(max - min).toBeLessThan(70 * 86_400_000);
    expect(min).toBeLessThan(dayMs("2026-11-20"));
    expect(max).toBeGreaterThan(dayMs("2026-12-01"));
  });
  it("runs from the first price to the last day a line runs", () => {
    const { min, max } = timeRange([
      {
        points: [
          ["2024-01-01", 1],
          ["2025-01-01", 2],
        ],
        end: "2026-01-01",
      },
      { points: [["2025-06-01", 1]], end: "2025-09-01" },
    ]);
    expect(min).toBeLessThanOrEqual(dayMs("2024-01-01"));
    expect(min).toBeGreaterThan(dayMs("2023-10-01"));
    expect(max).toBeGreaterThanOrEqual(dayMs("2026-01-01"));
    expect(max).toBeLessThan(dayMs("2026-03-01"));
  });
});

describe("needsLogScale", () => {
  it("uses a log scale only when prices span orders of magnitude", () => {
    expect(needsLogScale([0.05, 15])).toBe(true);
    expect(needsLogScale([0.1, 0.4, null])).toBe(false);
    expect(needsLogScale([0, 0.4])).toBe(false);
  });
});

describe("changeLabels", () => {
  it("labels each change with its size and date, skipping unknown and free prices", () => {
    expect(
      changeLabels([
        ["2025-01-01", 2],
        ["2025-02-01", 1],
        ["2025-03-01", null],
        ["2025-04-01", 0],
        ["2025-05-01", 1],
      ]).map((l) => l.text),
    ).toEqual(["−50% on Feb 1, 2025"]);
  });
});

describe("defaultLines", () => {
  it("picks the creator's own, the cheapest and the ones that changed", () => {
    const lines = [
      line("own", [["2025-01-01", 0.1, 0.4]], { firstParty: true }),
      line("cheap", [["2025-01-01", 0.05, 0.4]]),
      line("changed", [
        ["2025-01-01", 0.2, 0.8],
        ["2025-06-01", 0.1, 0.4],
      ]),
      line("flat", [["2025-01-01", 0.3, 0.9]]),
      line("retired-cheaper", [["2025-01-01", 0.01, 0.02]], { live: false }),
    ];
    expect([...defaultLines(lines)].sort()).toEqual(["changed", "cheap", "own"]);
  });
});

describe("viewPoints", () => {
  it("blends input and output 3:1 and leaves a gap where either is unknown", () => {
    const l = line("x", [
      ["2025-01-01", 1, 5],
      ["2025-02-01", null, 5],
    ]);
    expect(viewPoints(l, "blended")).toEqual([
      ["2025-01-01", 2],
      ["2025-02-01", null],
    ]);
  });
});

describe("viewPoints in the model's own unit", () => {
  it("charts the fourth value, unknown where an entry has none", () => {
    const l = line("openai/gpt-image-1.5", [
      ["2026-01-01", 5, null],
      ["2026-05-10", 5, null, 0.009],
    ]);
    expect(viewPoints(l, "unit")).toEqual([
      ["2026-01-01", null],
      ["2026-05-10", 0.009],
    ]);
    expect(viewPoints(l, "input")).toEqual([
      ["2026-01-01", 5],
      ["2026-05-10", 5],
    ]);
  });
});
