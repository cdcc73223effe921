import { describe, expect, it } from "vitest";
import { blendedPrice, currentEntry, pricesForRequest, requestCost, workloadCost } from "~/shared/pricing";
import type { PriceEntry } from "~/schemas";

const source = { name: "test", retrieved: "2026-01-01" };
/** GPT-4.1 nano at OpenAI: $0.10 in, $0.025 cached, $0.40 out, batch $0.05 / $0.20. */
const nano: PriceEntry = {
  from: "2025-04-14",
  input: 0.1,
  cacheRead: 0.025,
  output: 0.4,
  batchInput: 0.05,
  batchOutput: 0.2,
  source,
};
/** A Gemini-2.5-Pro-like tiered price: $1.25 / $10 up to 200K prompt tokens, $2.50 / $15 above. */
const tiered: PriceEntry = {
  from: "2025-06-17",
  input: 1.25,
  output: 10,
  cacheRead: 0.31,
  tiers: [{ above: 200_000, basis: "input", input: 2.5, output: 15, cacheRead: 0.625 }],
  source,
};

describe("requestCost", () => {
  it("prices input and output per 1M tokens", () => {
    // 10,000 × $0.10/1M + 2,000 × $0.40/1M = $0.001 + $0.0008
    expect(requestCost(nano, { inputTokens: 10_000, outputTokens: 2_000 }).total).toBeCloseTo(0.0018, 10);
  });

  it("bills cached input at the cache-read price", () => {
    // 8,000 cached × $0.025 + 2,000 × $0.10 + 1,000 × $0.40 = $0.0002 + $0.0002 + $0.0004
    expect(requestCost(nano, { inputTokens: 10_000, cachedInputTokens: 8_000, outputTokens: 1_000 }).total).toBeCloseTo(
      0.0008,
      10,
    );
  });

  it("uses batch prices for batch requests", () => {
    // 10,000 × $0.05 + 2,000 × $0.20 = $0.0005 + $0.0004
    expect(requestCost(nano, { inputTokens: 10_000, outputTokens: 2_000, batch: true }).total).toBeCloseTo(0.0009, 10);
  });

  it("applies the tier below and above its threshold", () => {
    // Below: 100,000 × $1.25 + 1,000 × $10 = $0.125 + $0.01
    const below = requestCost(tiered, { inputTokens: 100_000, outputTokens: 1_000 });
    expect(below.total).toBeCloseTo(0.135, 10);
    expect(below.tier).toBeUndefined();
    // At the threshold itself the base price still applies.
    expect(requestCost(tiered, { inputTokens: 200_000, outputTokens: 0 }).total).toBeCloseTo(0.25, 10);
    // Above: 300,000 × $2.50 + 1,000 × $15 = $0.75 + $0.015
    const above = requestCost(tiered, { inputTokens: 300_000, outputTokens: 1_000 });
    expect(above.total).toBeCloseTo(0.765, 10);
    expect(above.tier?.above).toBe(200_000);
  });

  it("counts a context tier on input plus output", () => {
    const entry: PriceEntry = { ...tiered, tiers: [{ above: 200_000, basis: "context", input: 2.5, output: 15 }] };
    expect(requestCost(entry, { inputTokens: 199_000, outputTokens: 2_000 }).tier?.basis).toBe("context");
  });

  it("is unknown, not lower, when a needed price is unknown", () => {
    const noCache: PriceEntry = { from: "2025-01-01", input: 1, output: 2, source };
    const cost = requestCost(noCache, { inputTokens: 1_000, cachedInputTokens: 500, outputTokens: 100 });
    expect(cost.total).toBeNull();
    expect(cost.missing).toEqual(["cached input"]);
    expect(requestCost(noCache, { inputTokens: 1_000, outputTokens: 100, batch: true }).missing).toEqual([
      "batch input",
      "batch output",
    ]);
  });

  it("does not carry a base price into a tier that does not give it", () => {
    const cost = requestCost(
      { ...tiered, tiers: [{ above: 200_000, basis: "input", input: 2.5, output: 15 }] },
      { inputTokens: 300_000, cachedInputTokens: 100_000, outputTokens: 10 },
    );
    expect(cost.total).toBeNull();
    expect(cost.missing).toEqual(["cached input"]);
  });

  it("needs no price for zero tokens, and treats 0 as free", () => {
    expect(
      requestCost({ from: "2025-01-01", input: 1, source }, { inputTokens: 1_000_000, outputTokens: 0 }).total,
    ).toBe(1);
    expect(
      requestCost({ from: "2025-01-01", input: 0, output: 0, source }, { inputTokens: 5_000, outputTokens: 5_000 })
        .total,
    ).toBe(0);
  });

  it("adds a per-request price", () => {
    expect(
      requestCost(
        { from: "2025-01-01", input: 2, output: 8, perRequest: 0.005, source },
        { inputTokens: 1_000_000, outputTokens: 0 },
      ).total,
    ).toBeCloseTo(2.005, 10);
  });
});

describe("workloadCost", () => {
  it("mixes cached, batch and interactive requests over a month", () => {
    // Interactive: 10,000 in (50% cached) + 1,000 out = 5,000×0.10 + 5,000×0.025 + 1,000×0.40 = $0.001025
    // Batch: 10,000×0.05 + 1,000×0.20 = $0.0007
    // 25% batch: 0.75×0.001025 + 0.25×0.0007 = $0.00094375 per request; ×1,000/day ×30 = $28.3125
    const w = workloadCost(nano, {
      inputTokens: 10_000,
      outputTokens: 1_000,
      cacheShare: 0.5,
      batchShare: 0.25,
      requestsPerDay: 1_000,
    });
    expect(w.perRequest).toBeCloseTo(0.00094375, 12);
    expect(w.perMonth).toBeCloseTo(28.3125, 8);
  });

  it("is unknown when the batch share needs batch prices that are not published", () => {
    const noBatch: PriceEntry = { from: "2025-01-01", input: 1, output: 2, source };
    expect(
      workloadCost(noBatch, {
        inputTokens: 1000,
        outputTokens: 100,
        cacheShare: 0,
        batchShare: 0.1,
        requestsPerDay: 10,
      }).perMonth,
    ).toBeNull();
    expect(
      workloadCost(noBatch, { inputTokens: 1000, outputTokens: 100, cacheShare: 0, batchShare: 0, requestsPerDay: 10 })
        .perMonth,
    ).toBeCloseTo(0.36, 10);
  });
});

describe("workloadCost: worked examples", () => {
  const base = { cacheShare: 0, batchShare: 0, requestsPerDay: 1_000 };

  it("prices a tiered model below its threshold at base prices", () => {
    // 150,000 in × $1.25 + 2,000 out × $10 = $0.1875 + $0.02 = $0.2075; ×1,000/day ×30 = $6,225
    const w = workloadCost(tiered, { ...base, inputTokens: 150_000, outputTokens: 2_000 });
    expect(w.perRequest).toBeCloseTo(0.2075, 10);
    expect(w.perMonth).toBeCloseTo(6_225, 6);
    expect(w.tier).toBeUndefined();
  });

  it("prices a tiered model above its threshold at tier prices", () => {
    // 250,000 in × $2.50 + 2,000 out × $15 = $0.625 + $0.03 = $0.655; ×1,000 ×30 = $19,650
    const w = workloadCost(tiered, { ...base, inputTokens: 250_000, outputTokens: 2_000 });
    expect(w.perRequest).toBeCloseTo(0.655, 10);
    expect(w.perMonth).toBeCloseTo(19_650, 6);
    expect(w.tier?.above).toBe(200_000);
  });

  it("prices a cache-heavy workload with cache reads and writes", () => {
    // Claude-Haiku-4.5-like: $1 in, $0.10 cache read, $1.25 cache write, $5 out.
    const haiku: PriceEntry = { from: "2025-10-15", input: 1, cacheRead: 0.1, cacheWrite: 1.25, output: 5, source };
    // 20,000 in: 90% read (18,000 × $0.10 = $0.0018), 5% written (1,000 × $1.25 = $0.00125),
    // 5% plain (1,000 × $1 = $0.001); 500 out × $5 = $0.0025. Total $0.00655; ×2,000/day ×30 = $393
    const w = workloadCost(haiku, {
      inputTokens: 20_000,
      outputTokens: 500,
      cacheShare: 0.9,
      cacheWriteShare: 0.05,
      batchShare: 0,
      requestsPerDay: 2_000,
    });
    expect(w.perRequest).toBeCloseTo(0.00655, 12);
    expect(w.perMonth).toBeCloseTo(393, 8);
    // The same workload without published cache-write price is unknown, not cheaper.
    const { cacheWrite: _, ...noWrite } = haiku;
    expect(
      workloadCost(noWrite as PriceEntry, {
        inputTokens: 20_000,
        outputTokens: 500,
        cacheShare: 0.9,
        cacheWriteShare: 0.05,
        batchShare: 0,
        requestsPerDay: 2_000,
      }),
    ).toMatchObject({ perRequest: null, perMonth: null, missing: ["cache write"] });
  });

  it("prices an all-batch workload at batch prices", () => {
    // 100% batch: 50,000 × $0.05 + 5,000 × $0.20 = $0.0025 + $0.001 = $0.0035; ×10,000/day ×30 = $1,050
    const w = workloadCost(nano, {
      inputTokens: 50_000,
      outputTokens: 5_000,
      cacheShare: 0.5,
      batchShare: 1,
      requestsPerDay: 10_000,
    });
    expect(w.perRequest).toBeCloseTo(0.0035, 12);
    expect(w.perMonth).toBeCloseTo(1_050, 8);
  });

  it("is unknown when the workload needs an unknown price, and lists it", () => {
    // No cached-input price published: a cache share makes the cost unknown, never the lower uncached figure.
    const noCache: PriceEntry = { from: "2025-01-01", input: 1, output: 2, batchInput: 0.5, batchOutput: 1, source };
    const w = workloadCost(noCache, {
      inputTokens: 10_000,
      outputTokens: 1_000,
      cacheShare: 0.5,
      batchShare: 0.5,
      requestsPerDay: 100,
    });
    expect(w).toMatchObject({ perRequest: null, perMonth: null, missing: ["cached input"] });
    // All batch: the cache share does not apply, so the cost is known: 10,000 × $0.5 + 1,000 × $1 = $0.006
    expect(
      workloadCost(noCache, {
        inputTokens: 10_000,
        outputTokens: 1_000,
        cacheShare: 0.5,
        batchShare: 1,
        requestsPerDay: 100,
      }).perRequest,
    ).toBeCloseTo(0.006, 12);
  });

  it("clamps shares and caps cache read plus write at the whole input", () => {
    const haiku: PriceEntry = { from: "2025-10-15", input: 1, cacheRead: 0.1, cacheWrite: 1.25, output: 5, source };
    // 80% read + (capped) 20% written of 10,000: 8,000 × $0.10 + 2,000 × $1.25 = $0.0008 + $0.0025 = $0.0033
    const w = workloadCost(haiku, {
      inputTokens: 10_000,
      outputTokens: 0,
      cacheShare: 0.8,
      cacheWriteShare: 0.5,
      batchShare: -1,
      requestsPerDay: 1,
    });
    expect(w.perRequest).toBeCloseTo(0.0033, 12);
  });
});

describe("history helpers", () => {
  const history: PriceEntry[] = [
    { from: "2024-12-26", input: 0.27, output: 1.1, source },
    { from: "2025-02-09", input: 0.27, output: 1.1, cacheRead: 0.07, source },
    { from: "2025-09-05", input: 0.56, output: 1.68, cacheRead: 0.07, source },
  ];

  it("takes the last entry as the current price", () => {
    expect(currentEntry(history)?.from).toBe("2025-09-05");
    expect(currentEntry([])).toBeUndefined();
  });

  it("blends 3:1 and is unknown without both prices", () => {
    expect(blendedPrice(nano)).toBeCloseTo(0.175, 10);
    expect(blendedPrice({ input: 1 })).toBeNull();
  });

  it("picks tier prices only above the threshold", () => {
    expect(pricesForRequest(tiered, 200_001).input).toBe(2.5);
    expect(pricesForRequest(tiered, 200_000).input).toBe(1.25);
  });
});
