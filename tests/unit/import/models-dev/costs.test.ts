import { describe, expect, it } from "vitest";
import { normalizeCost } from "~/import/models-dev/costs";

const kinds = (cost: unknown) => normalizeCost(cost).issues.map((i) => `${i.kind} ${i.key}`);

describe("normalizeCost: key names of every vintage", () => {
  it.each([
    ["input", "input"],
    ["output", "output"],
    ["cache_read", "cacheRead"],
    ["inputCached", "cacheRead"],
    ["cached_input", "cacheRead"],
    ["cache_input", "cacheRead"],
    ["cached", "cacheRead"],
    ["cached_read", "cacheRead"],
    ["cache_write", "cacheWrite"],
    ["cached_write", "cacheWrite"],
    ["outputCached", "cacheWrite"],
    ["input_audio", "inputAudio"],
    ["input_audio_token", "inputAudio"],
    ["output_audio", "outputAudio"],
    ["reasoning", "reasoning"],
    ["citation", "citation"],
  ])("%s -> %s", (key, dim) => {
    const { prices, issues } = normalizeCost({ [key]: 1.5 });
    expect(prices).toEqual({ [dim]: 1.5 });
    expect(issues).toEqual([]);
  });

  it("keeps 0 as free and leaves absent prices absent", () => {
    expect(normalizeCost({ input: 0, output: 0 }).prices).toEqual({ input: 0, output: 0 });
    expect(normalizeCost({ input: 1 }).prices).not.toHaveProperty("output");
  });

  it("reads a legacy inputCached/outputCached 0 as no price (the first schema's placeholder)", () => {
    expect(normalizeCost({ input: 2, inputCached: 0, outputCached: 0 }).prices).toEqual({ input: 2 });
    expect(normalizeCost({ input: 2, cache_read: 0 }).prices).toEqual({ input: 2, cacheRead: 0 });
  });

  it("prefers the current key when a legacy duplicate disagrees, and reports it", () => {
    const { prices, issues } = normalizeCost({ cached_input: 0.2, cache_read: 0.1 });
    expect(prices).toEqual({ cacheRead: 0.1 });
    expect(issues[0]).toMatchObject({ kind: "invalid-value", key: "cost.cached_input" });
  });

  it("maps current tiers to context or input thresholds, ascending", () => {
    const { prices } = normalizeCost({
      input: 1,
      tiers: [
        { tier: { type: "input", size: 272_000 }, input: 3 },
        { tier: { type: "context", size: 128_000 }, input: 2, cache_read: 0.2 },
      ],
    });
    expect(prices.tiers).toEqual([
      { above: 128_000, basis: "context", input: 2, cacheRead: 0.2 },
      { above: 272_000, basis: "input", input: 3 },
    ]);
  });

  it("maps the early tier form {context: {min}} and a tier without a type", () => {
    expect(normalizeCost({ tiers: [{ context: { min: 200_000 }, input: 2 }] }).prices.tiers).toEqual([
      { above: 200_000, basis: "context", input: 2 },
    ]);
    expect(normalizeCost({ tiers: [{ tier: { size: 200_000 }, input: 2 }] }).prices.tiers).toEqual([
      { above: 200_000, basis: "context", input: 2 },
    ]);
  });

  it("maps legacy context_over_200k to a tier above 200,000 tokens", () => {
    expect(normalizeCost({ input: 1, context_over_200k: { input: 2, output: 4, cache_read: 0.2 } }).prices).toEqual({
      input: 1,
      tiers: [{ above: 200_000, basis: "context", input: 2, output: 4, cacheRead: 0.2 }],
    });
  });

  it("reports an unknown key with its path instead of dropping it silently", () => {
    expect(kinds({ input: 1, surprise_fee: 2 })).toEqual(["unknown-cost-key cost.surprise_fee"]);
    expect(kinds({ tiers: [{ tier: { type: "context", size: 1000 }, weird: 1 }] })).toEqual([
      "unknown-cost-key cost.tiers.0.weird",
    ]);
  });

  it("reads image as image-output tokens and request as Perplexity's price per 1,000 searches", () => {
    const { prices, issues } = normalizeCost({ input: 1, output: 12, image: 120, request: 5 });
    expect(prices).toEqual({ input: 1, output: 12, outputImage: 120, perThousandSearches: 5 });
    expect(issues).toEqual([]);
    const bad = normalizeCost({ request: "5" });
    expect(bad.prices).toEqual({});
    expect(bad.issues.map((i) => `${i.kind} ${i.key}`)).toEqual(["invalid-value cost.request"]);
  });

  it("reports invalid values and imports the rest", () => {
    const { prices, issues } = normalizeCost({ input: -1, output: "2", cache_read: 0.1 });
    expect(prices).toEqual({ cacheRead: 0.1 });
    expect(issues.map((i) => i.key).sort()).toEqual(["cost.input", "cost.output"]);
  });

  it("reports a tier without a usable threshold or with an unknown type", () => {
    expect(kinds({ tiers: [{ tier: { type: "context" }, input: 1 }] })).toEqual(["invalid-value cost.tiers.0.tier"]);
    expect(kinds({ tiers: [{ tier: { type: "batch", size: 10 }, input: 1 }] })).toEqual([
      "invalid-value cost.tiers.0.tier.type",
    ]);
  });
});
