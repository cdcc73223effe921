import { describe, expect, it } from "vitest";
import type { ValuePoint } from "~/views/value";
import { paretoFrontier } from "~/views/pareto";

const p = (id: string, price: number, score: number): ValuePoint => ({ id, name: id, creator: "x", price, score });

describe("paretoFrontier", () => {
  it("keeps the points no other point beats on both price and score", () => {
    // a: cheapest; b: dearer and better; c: dearer than b and worse (dominated); d: dearest and best.
    const points = [p("a", 0.1, 50), p("b", 0.5, 70), p("c", 1, 60), p("d", 3, 85)];
    expect([...paretoFrontier(points)].sort()).toEqual(["a", "b", "d"]);
  });

  it("drops a point with the same score at a higher price, keeps exact ties", () => {
    expect([...paretoFrontier([p("a", 1, 70), p("b", 2, 70)])]).toEqual(["a"]);
    expect([...paretoFrontier([p("a", 1, 70), p("b", 1, 70)])].sort()).toEqual(["a", "b"]);
  });

  it("treats lower as better for lower-is-better benchmarks", () => {
    expect([...paretoFrontier([p("a", 1, 10), p("b", 2, 5), p("c", 3, 8)], false)].sort()).toEqual(["a", "b"]);
  });

  it("is empty for no points", () => {
    expect(paretoFrontier([]).size).toBe(0);
  });
});
