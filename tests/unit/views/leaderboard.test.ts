import { describe, expect, it } from "vitest";
import { paretoFrontier as valueLeaders } from "~/views/pareto";
import { isRanked, MIN_RANKED } from "~/views/leaderboard";

const ids = (set: Set<string>) => [...set].sort();

describe("value leaders (Pareto front of score against price)", () => {
  it("keeps each model that no other beats on both score and price", () => {
    // score/price: a is cheapest, d is best, b and c sit between; e is dominated by b (lower score, higher price).
    const points = [
      { id: "a", score: 50, price: 0.1 },
      { id: "b", score: 70, price: 1 },
      { id: "c", score: 80, price: 3 },
      { id: "d", score: 90, price: 10 },
      { id: "e", score: 65, price: 2 },
    ];
    expect(ids(valueLeaders(points))).toEqual(["a", "b", "c", "d"]);
  });

  it("leaves out models without a known price (unknown is not free)", () => {
    const points = [
      { id: "best-unpriced", score: 99, price: null },
      { id: "priced", score: 60, price: 5 },
    ];
    expect(ids(valueLeaders(points))).toEqual(["priced"]);
  });

  it("treats a free model as the cheapest, and a same-score dearer model as dominated", () => {
    const points = [
      { id: "free", score: 40, price: 0 },
      { id: "same-score-dearer", score: 40, price: 1 },
      { id: "same-price-worse", score: 30, price: 0 },
      { id: "better", score: 55, price: 2 },
    ];
    expect(ids(valueLeaders(points))).toEqual(["better", "free"]);
  });

  it("keeps both of an exact tie", () => {
    expect(
      ids(
        valueLeaders([
          { id: "x", score: 70, price: 1 },
          { id: "y", score: 70, price: 1 },
        ]),
      ),
    ).toEqual(["x", "y"]);
  });

  it("flips direction when lower scores are better", () => {
    const points = [
      { id: "low-error-dear", score: 5, price: 10 },
      { id: "high-error-cheap", score: 20, price: 1 },
      { id: "dominated", score: 25, price: 2 },
    ];
    expect(ids(valueLeaders(points, false))).toEqual(["high-error-cheap", "low-error-dear"]);
  });
});

describe("isRanked", () => {
  it("ranks only benchmarks with at least MIN_RANKED results", () => {
    expect(MIN_RANKED).toBe(5);
    expect(isRanked(4)).toBe(false);
    expect(isRanked(5)).toBe(true);
  });
});
