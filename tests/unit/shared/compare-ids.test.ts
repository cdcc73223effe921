import { describe, expect, it } from "vitest";
import {
  bestIndexes,
  bestIndexesByGroup,
  chooseOffering,
  compareUrl,
  parseCompareParam,
  searchModels,
  type IndexRow,
  type OfferingLike,
} from "~/shared/compare-ids";

describe("parseCompareParam", () => {
  it("reads model ids, provider and offering refs, skipping blanks and repeats", () => {
    const parsed = parseCompareParam(
      " openai/gpt-4.1-nano,,openai/gpt-4.1-nano@azure,openai/gpt-4.1-nano@openrouter/openai/gpt-4.1-nano,openai/gpt-4.1-nano",
    );
    expect(parsed.refs).toEqual([
      { ref: "openai/gpt-4.1-nano", modelId: "openai/gpt-4.1-nano" },
      { ref: "openai/gpt-4.1-nano@azure", modelId: "openai/gpt-4.1-nano", at: "azure" },
      {
        ref: "openai/gpt-4.1-nano@openrouter/openai/gpt-4.1-nano",
        modelId: "openai/gpt-4.1-nano",
        at: "openrouter/openai/gpt-4.1-nano",
      },
    ]);
    expect(parsed.invalid).toEqual([]);
  });

  it("keeps dots in ids and rejects what is not a model id", () => {
    expect(parseCompareParam("alibaba/qwen3.5-plus").refs[0]?.modelId).toBe("alibaba/qwen3.5-plus");
    expect(parseCompareParam("gpt-4.1-nano,<script>/x,a/b/c,a/b@").invalid).toEqual([
      "gpt-4.1-nano",
      "<script>/x",
      "a/b/c",
      "a/b@",
    ]);
  });

  it("keeps at most eight and says which it dropped", () => {
    const ids = Array.from({ length: 10 }, (_, i) => `x/m${i}`);
    const parsed = parseCompareParam(ids.join(","));
    expect(parsed.refs.length).toBe(8);
    expect(parsed.dropped).toEqual(["x/m8", "x/m9"]);
  });

  it("is empty for a missing parameter", () => {
    expect(parseCompareParam(null)).toEqual({ refs: [], invalid: [], dropped: [] });
  });
});

describe("compareUrl", () => {
  it("round-trips through parseCompareParam", () => {
    const url = compareUrl(["openai/gpt-4.1-nano", "openai/gpt-4.1-nano@azure"]);
    expect(url).toBe("/compare/?models=openai/gpt-4.1-nano,openai/gpt-4.1-nano@azure");
    const param = new URL(url, "https://x.test").searchParams.get("models");
    expect(parseCompareParam(param).refs.map((r) => r.ref)).toEqual([
      "openai/gpt-4.1-nano",
      "openai/gpt-4.1-nano@azure",
    ]);
  });
});

describe("chooseOffering", () => {
  const source = { name: "s", retrieved: "2026-01-01" };
  const o = (id: string, status: string, input?: number, output?: number): OfferingLike => ({
    id,
    provider: { id: id.split("/")[0]! },
    status,
    current: input === undefined && output === undefined ? null : { from: "2026-01-01", input, output, source },
  });
  const offerings = [
    o("openai/gpt-4.1-nano", "active", 0.1, 0.4), // blended 0.175
    o("azure/gpt-4.1-nano", "active", 0.1, 0.39), // blended 0.1725: cheapest
    o("free/gpt-4.1-nano", "active", 0, 0), // free trial tier: not "cheapest"
    o("old/gpt-4.1-nano", "retired", 0.01, 0.01),
    o("openrouter/openai/gpt-4.1-nano", "active", 0.1, 0.4),
  ];

  it("picks the live offering with the lowest paid blended price", () => {
    expect(chooseOffering(offerings)?.id).toBe("azure/gpt-4.1-nano");
  });

  it("prefers the creator's own live offering when the creator is given", () => {
    expect(chooseOffering(offerings, undefined, "openai")?.id).toBe("openai/gpt-4.1-nano");
    expect(chooseOffering(offerings, undefined, "old")?.id).toBe("azure/gpt-4.1-nano");
    expect(chooseOffering(offerings, undefined, "nobody")?.id).toBe("azure/gpt-4.1-nano");
  });

  it("honours an offering id or a provider id", () => {
    expect(chooseOffering(offerings, "openrouter/openai/gpt-4.1-nano")?.id).toBe("openrouter/openai/gpt-4.1-nano");
    expect(chooseOffering(offerings, "openai")?.id).toBe("openai/gpt-4.1-nano");
    expect(chooseOffering(offerings, "old")?.id).toBe("old/gpt-4.1-nano");
    expect(chooseOffering(offerings, "nobody")).toBeUndefined();
  });

  it("falls back to the input price, then to any live offering", () => {
    expect(chooseOffering([o("a/m", "active", undefined, 2), o("b/m", "active", 3), o("c/m", "active", 1)])?.id).toBe(
      "c/m",
    );
    expect(chooseOffering([o("a/m", "active"), o("b/m", "retired", 1, 1)])?.id).toBe("a/m");
  });
});

describe("bestIndexes", () => {
  it("marks the lowest or highest known values, ties included", () => {
    expect([...bestIndexes([0.1, 0.05, null, 0.05], "lower")]).toEqual([1, 3]);
    expect([...bestIndexes([128_000, 1_047_576, undefined], "higher")]).toEqual([1]);
  });

  it("marks nothing when fewer than two are known or all are equal", () => {
    expect(bestIndexes([0.1, null], "lower").size).toBe(0);
    expect(bestIndexes([1, 1], "lower").size).toBe(0);
  });
});

describe("searchModels", () => {
  const index: IndexRow[] = [
    ["openai/gpt-4.1", "GPT-4.1", "OpenAI", 9],
    ["openai/gpt-4.1-nano", "GPT-4.1 nano", "OpenAI", 5],
    ["azure/gpt-4.1-nano-old", "GPT-4.1 nano (old)", "Azure", 0, 1],
    ["abacus/claude-haiku-4-5-20251001", "Claude Haiku 4.5", "Abacus", 1],
    ["anthropic/claude-haiku-4-5", "Claude Haiku 4.5", "Anthropic", 5],
  ];

  it("needs every word, in name, id or creator", () => {
    expect(searchModels(index, "nano gpt").map((r) => r[0])).toEqual(["openai/gpt-4.1-nano", "azure/gpt-4.1-nano-old"]);
    expect(searchModels(index, "anthropic").map((r) => r[0])).toEqual(["anthropic/claude-haiku-4-5"]);
    // The canonical model (served by more providers) before a reseller's copy of the same name.
    expect(searchModels(index, "claude haiku").map((r) => r[0])).toEqual([
      "anthropic/claude-haiku-4-5",
      "abacus/claude-haiku-4-5-20251001",
    ]);
    expect(searchModels(index, "  ")).toEqual([]);
  });

  it("ranks name prefixes first, live before retired, short before long", () => {
    expect(searchModels(index, "gpt-4.1").map((r) => r[0])).toEqual([
      "openai/gpt-4.1",
      "openai/gpt-4.1-nano",
      "azure/gpt-4.1-nano-old",
    ]);
    expect(searchModels(index, "gpt", 1).length).toBe(1);
  });
});

describe("bestIndexesByGroup", () => {
  it("marks the best within each kind, never across kinds", () => {
    // An embedding at 0.02 is not "cheaper" than the chat models; each kind has its own best.
    expect([
      ...bestIndexesByGroup([0.1, 0.02, 0.4, 0.13], "lower", ["chat", "embedding", "chat", "embedding"]),
    ]).toEqual([0, 1]);
    expect([...bestIndexesByGroup([0.1, 0.02, 0.4], "lower", ["chat", "embedding", "chat"])]).toEqual([0]);
    expect([...bestIndexesByGroup([0.1, 0.4], "lower", ["chat", "chat"])]).toEqual([0]);
  });
});
