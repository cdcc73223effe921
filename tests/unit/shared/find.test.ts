import { describe, expect, it } from "vitest";
import type { PriceEntry } from "~/schemas";
import {
  DEFAULT_REQUIREMENTS,
  findCheapest,
  modelKind,
  type FindModel,
  type FindOffering,
  type Requirements,
} from "~/shared/find";
import { DEFAULT_WORKLOAD } from "~/shared/workload-table";
import { source } from "../factories";

// The default workload: 1,000 requests a day of 2,000 input and 500 output tokens, 30 days:
// 60M input and 15M output tokens a month. At $1 in / $4 out: $60 + $60 = $120.
const W = DEFAULT_WORKLOAD;
const price = (input?: number, output?: number, more: Partial<PriceEntry> = {}): PriceEntry => ({
  from: "2026-03-01",
  input,
  output,
  source: source(),
  ...more,
});
const chat = { input: ["text", "image"], output: ["text"] } as FindOffering["modalities"];

function offering(id: string, current: PriceEntry | null, more: Partial<FindOffering> = {}): FindOffering {
  const provider = id.split("/")[0]!;
  return {
    id,
    provider,
    providerName: provider.toUpperCase(),
    status: "active",
    current,
    modalities: chat,
    capabilities: { toolCalling: true },
    limits: { context: 200_000, maxOutput: 32_000 },
    ...more,
  };
}
function model(id: string, offerings: FindOffering[], more: Partial<FindModel> = {}): FindModel {
  const creator = id.split("/")[0]!;
  return {
    id,
    name: id.split("/")[1]!,
    creator,
    creatorName: creator,
    status: "active",
    offerings: offerings.map((o) => ({ ...o, firstParty: o.provider === creator })),
    ...more,
  };
}
const req = (more: Partial<Requirements> = {}): Requirements => ({ ...DEFAULT_REQUIREMENTS, ...more });
const ids = (r: ReturnType<typeof findCheapest>) => r.ranked.map((row) => row.model.id);

describe("findCheapest", () => {
  it("ranks models by the workload's monthly cost at their cheapest qualifying offering", () => {
    const models = [
      model("a/big", [offering("a/big", price(1, 4)), offering("host/big", price(0.5, 2))]),
      model("b/small", [offering("b/small", price(0.1, 0.4))]),
    ];
    const { ranked } = findCheapest(models, req(), W);
    expect(ids({ ranked, free: [], unpriced: [], unknownFacts: 0 })).toEqual(["b/small", "a/big"]);
    expect(ranked[0]!.cheapest.cost.perMonth).toBeCloseTo(12);
    // a/big: cheapest at the host ($30 + $30), the creator's own list price ($120) beside it.
    expect(ranked[1]!.cheapest.offering.id).toBe("host/big");
    expect(ranked[1]!.cheapest.cost.perMonth).toBeCloseTo(60);
    expect(ranked[1]!.firstParty?.offering.id).toBe("a/big");
    expect(ranked[1]!.firstParty?.cost.perMonth).toBeCloseTo(120);
    expect(ranked[1]!.qualifying).toBe(2);
  });

  it("never ranks an offering without a needed price: the model is listed apart with what is missing", () => {
    const models = [
      model("a/dear", [offering("a/dear", price(10, 40))]),
      model("b/input-only", [offering("b/input-only", price(0.01))]),
      model("c/none", [offering("c/none", null)]),
    ];
    const r = findCheapest(models, req(), W);
    expect(ids(r)).toEqual(["a/dear"]);
    expect(r.unpriced.map((u) => [u.model.id, u.missing])).toEqual([
      ["b/input-only", ["output"]],
      ["c/none", ["input", "output"]],
    ]);
  });

  it("prices a model at a priced offering even when a cheaper-looking one lacks a needed price", () => {
    const m = model("a/x", [offering("a/x", price(1, 4)), offering("host/x", price(0.01))]);
    expect(findCheapest([m], req(), W).ranked[0]!.cheapest.offering.id).toBe("a/x");
  });

  it("needs cache and batch prices when the workload uses them, with tiers applied", () => {
    const withCache = model("a/c", [offering("a/c", price(1, 4, { cacheRead: 0.1 }))]);
    const noCache = model("b/n", [offering("b/n", price(0.5, 2))]);
    const cached = { ...W, cacheShare: 0.5 };
    const r = findCheapest([withCache, noCache], req(), cached);
    expect(ids(r)).toEqual(["a/c"]);
    // 30M plain input at $1, 30M cached at $0.10, 15M output at $4.
    expect(r.ranked[0]!.cheapest.cost.perMonth).toBeCloseTo(30 + 3 + 60);
    expect(r.unpriced[0]!.missing).toEqual(["cached input"]);
    // A tier above 1,000 input tokens applies to every request of 2,000.
    const tiered = model("t/t", [
      offering("t/t", price(1, 4, { tiers: [{ above: 1_000, basis: "input", input: 2, output: 8 }] })),
    ]);
    const t = findCheapest([tiered], req(), W).ranked[0]!;
    expect(t.cheapest.cost.perMonth).toBeCloseTo(240);
    expect(t.cheapest.cost.tier?.above).toBe(1_000);
  });

  it("states ties: equal monthly costs share a rank", () => {
    const models = [
      model("a/one", [offering("a/one", price(1, 4))]),
      model("b/two", [offering("b/two", price(1, 4))]),
      model("c/three", [offering("c/three", price(2, 8))]),
    ];
    const r = findCheapest(models, req(), W).ranked;
    expect(r.map((x) => [x.model.id, x.rank, x.tied])).toEqual([
      ["a/one", 1, true],
      ["b/two", 1, true],
      ["c/three", 3, false],
    ]);
  });

  it("a tie between offerings of one model goes to the creator's own; a free tier counts only when nothing charges", () => {
    const m = model("a/m", [
      offering("host/m", price(1, 4)),
      offering("a/m", price(1, 4)),
      offering("free/m", price(0, 0)),
    ]);
    expect(findCheapest([m], req(), W).ranked[0]!.cheapest.offering.id).toBe("a/m");
    const onlyFree = model("b/f", [offering("free/f", price(0, 0))]);
    expect(findCheapest([onlyFree], req(), W).ranked[0]!.cheapest.cost.perMonth).toBe(0);
    // Across models too: a free model is listed apart when others charge, not ranked first at $0.
    const both = findCheapest([m, onlyFree], req(), W);
    expect(ids(both)).toEqual(["a/m"]);
    expect(both.free.map((r) => r.model.id)).toEqual(["b/f"]);
  });

  it("applies the requirements per offering (modalities, capabilities, limits, providers, status)", () => {
    const m = model("a/m", [
      offering("a/m", price(1, 4), { limits: { context: 100_000 } }),
      offering("host/m", price(2, 8)),
      offering("gone/m", price(0.1, 0.1), { status: "retired" }),
      offering("plan/m", price(0, 0), { subscription: true }),
    ]);
    const big = findCheapest([m], req({ minContext: 128_000, input: ["image"], capabilities: ["toolCalling"] }), W);
    expect(big.ranked[0]!.cheapest.offering.id).toBe("host/m");
    expect(big.ranked[0]!.firstParty).toBeUndefined();
    expect(findCheapest([m], req({ excludeProviders: ["host"] }), W).ranked[0]!.cheapest.offering.id).toBe("a/m");
    expect(findCheapest([m], req({ providers: ["host"] }), W).ranked[0]!.cheapest.offering.id).toBe("host/m");
    expect(findCheapest([m], req({ includeEnded: true }), W).ranked[0]!.cheapest.offering.id).toBe("gone/m");
    expect(findCheapest([m], req({ input: ["audio"] }), W).ranked).toEqual([]);
    expect(findCheapest([m], req({ minOutput: 64_000 }), W).ranked).toEqual([]);
  });

  it("an unknown fact never meets a requirement, and such models are counted", () => {
    const unknownCaps = model("a/u", [offering("a/u", price(0.1, 0.1), { capabilities: {} })]);
    const no = model("b/n", [offering("b/n", price(0.1, 0.1), { capabilities: { toolCalling: false } })]);
    const r = findCheapest([unknownCaps, no], req({ capabilities: ["toolCalling"] }), W);
    expect(r.ranked).toEqual([]);
    expect(r.unknownFacts).toBe(1);
  });

  it("reads kind, open weights, licence and benchmark scores from the model", () => {
    const open = model("m/open", [offering("m/open", price(0.2, 0.2))], {
      openWeights: true,
      license: "Apache-2.0",
      scores: { gpqa: 60 },
    });
    const closed = model("c/closed", [offering("c/closed", price(0.1, 0.1))], { openWeights: false });
    const embed = model("e/embed", [offering("e/embed", price(0.01, 0))], { kind: "embedding" });
    expect(ids(findCheapest([open, closed, embed], req(), W))).toEqual(["c/closed", "m/open"]);
    expect(ids(findCheapest([open, closed, embed], req({ kind: "embedding" }), W))).toEqual(["e/embed"]);
    expect(ids(findCheapest([open, closed, embed], req({ kind: null }), W))).toHaveLength(3);
    expect(ids(findCheapest([open, closed], req({ openWeights: true }), W))).toEqual(["m/open"]);
    expect(ids(findCheapest([open, closed], req({ license: "apache" }), W))).toEqual(["m/open"]);
    const bench = [{ id: "gpqa", name: "GPQA", unit: "percent" as const, higherIsBetter: true }];
    expect(ids(findCheapest([open, closed], req({ benchmark: "gpqa", minScore: 50 }), W, bench))).toEqual(["m/open"]);
    expect(ids(findCheapest([open, closed], req({ benchmark: "gpqa", minScore: 70 }), W, bench))).toEqual([]);
    const lower = [{ ...bench[0]!, higherIsBetter: false }];
    expect(ids(findCheapest([open], req({ benchmark: "gpqa", minScore: 70 }), W, lower))).toEqual(["m/open"]);
  });
});

describe("modelKind", () => {
  it("takes the published kind, else infers chat from text-only output with text input", () => {
    const m = (modalities: FindOffering["modalities"], kind?: FindModel["kind"]) =>
      model("a/m", [offering("a/m", null, { modalities })], kind ? { kind } : {});
    expect(modelKind(m(chat, "rerank"))).toBe("rerank");
    expect(modelKind(m(chat))).toBe("chat");
    expect(modelKind(m({ input: ["text"], output: ["image"] }))).toBeUndefined();
    expect(modelKind(m({ input: ["audio"], output: ["text"] }))).toBeUndefined();
    expect(modelKind(m(undefined))).toBeUndefined();
  });
});
