import { describe, expect, it } from "vitest";
import { applyTrust } from "~/catalog/trust";
import type { Problem } from "~/catalog/problems";
import { PriceDecisions, type PriceDecision } from "~/schemas";
import { buildViews } from "~/views/catalog-views";
import { catalogOf, source, validPriceEntry } from "../factories";

const history = [
  validPriceEntry({ from: "2025-12-06", input: 0.28, output: 0.83, cacheRead: undefined }),
  validPriceEntry({ from: "2025-12-12", input: 280000, output: 830000, cacheRead: undefined }),
];
const catalog = () =>
  catalogOf({
    providers: { openai: {}, "cloudflare-ai-gateway": { name: "Cloudflare AI Gateway", roles: ["router"] } },
    models: { "openai/gpt-4.1-nano": {} },
    offerings: {
      "openai/gpt-4.1-nano": {},
      "cloudflare-ai-gateway/workers-ai/gpt-4.1-nano": { apiId: "workers-ai/gpt-4.1-nano", prices: history },
    },
  });
const id = "cloudflare-ai-gateway/workers-ai/gpt-4.1-nano";
const decision = (d: Partial<PriceDecision>): PriceDecision => ({
  offering: id,
  from: "2025-12-12",
  action: "accept",
  reason: "checked",
  source: source({ name: "Cloudflare pricing" }),
  decided: "2026-12-01",
  ...d,
});

describe("applyTrust", () => {
  it("holds $280,000: never current, never cheapest, the earlier price is current", () => {
    const c = catalog();
    applyTrust(c, [], []);
    const view = buildViews(c).byId.get("openai/gpt-4.1-nano")!;
    const o = view.offerings.find((x) => x.entry.id === id)!;
    expect([...o.disputed.keys()]).toEqual(["2025-12-12"]);
    expect(o.current?.input).toBe(0.28);
    expect(view.cheapestInput?.price).toBe(0.1);
  });
  it("a curated accept clears the hold; a correction replaces the prices and keeps what upstream said", () => {
    const accepted = catalog();
    applyTrust(accepted, [decision({})], []);
    expect(accepted.offerings.get(id)!.trust!.disputed.size).toBe(0);
    const corrected = catalog();
    applyTrust(corrected, [decision({ action: "correct", prices: { input: 0.28, output: 0.83 } })], []);
    const o = corrected.offerings.get(id)!;
    expect(o.data.prices[1]!.input).toBe(0.28);
    expect(o.trust!.decided.get("2025-12-12")!.upstream.input).toBe(280000);
    expect(o.trust!.disputed.size).toBe(0);
  });
  it("reports a decision on an unknown offering or date, naming the file and field", () => {
    const problems: Problem[] = [];
    applyTrust(catalog(), [decision({ offering: "nope/x" }), decision({ from: "2020-01-01" })], problems);
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      "content/curated/price-decisions.json: decisions.0.offering",
      "content/curated/price-decisions.json: decisions.1.from",
    ]);
    expect(problems[1]!.message).toMatch(/expected one of 2025-12-06, 2025-12-12, found 2020-01-01/);
  });
});

describe("PriceDecisions schema", () => {
  it("needs prices for a correction and none for an accept", () => {
    const base = { ...decision({}) };
    expect(PriceDecisions.safeParse({ decisions: [base] }).success).toBe(true);
    expect(PriceDecisions.safeParse({ decisions: [{ ...base, action: "correct" }] }).success).toBe(false);
    expect(PriceDecisions.safeParse({ decisions: [{ ...base, prices: { input: 1 } }] }).success).toBe(false);
    expect(PriceDecisions.safeParse({ decisions: [{ ...base, extra: 1 }] }).success).toBe(false);
  });
});
