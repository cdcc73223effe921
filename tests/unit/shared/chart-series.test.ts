import { describe, expect, it } from "vitest";
import { historySeries } from "~/shared/chart-series";
import { validPriceEntry } from "../factories";

describe("historySeries", () => {
  it("makes one series per published dimension, keeping unknown points as gaps", () => {
    const prices = [
      { ...validPriceEntry(), from: "2024-12-26", input: 0.14, output: 0.28, cacheRead: undefined },
      { ...validPriceEntry(), from: "2025-02-08", input: 0.27, output: 1.1, cacheRead: 0.07 },
    ];
    const series = historySeries("DeepSeek", prices as never, "2026-07-24");
    expect(series.map((s) => s.label)).toEqual(["DeepSeek · Input", "DeepSeek · Output", "DeepSeek · Cached input"]);
    expect(series[2]!.points).toEqual([
      ["2024-12-26", null],
      ["2025-02-08", 0.07],
    ]);
    expect(series[0]!.retired).toBe("2026-07-24");
  });

  it("leaves out a dimension no entry publishes", () => {
    const series = historySeries("X", [{ ...validPriceEntry(), input: 1, output: 2, cacheRead: undefined }] as never);
    expect(series.map((s) => s.dimension)).toEqual(["input", "output"]);
  });
});
