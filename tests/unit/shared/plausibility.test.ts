import { describe, expect, it } from "vitest";
import type { PriceEntry } from "~/schemas";
import {
  currencyDoubtOf,
  flagHistory,
  nonTokenReason,
  siblingKey,
  trustedCurrent,
  type HistoryContext,
} from "~/shared/plausibility";

const src = { name: "models.dev", retrieved: "2026-07-02" };
const e = (from: string, prices: Partial<PriceEntry>): PriceEntry => ({ from, source: src, ...prices }) as PriceEntry;
const rules = (h: PriceEntry[], ctx: HistoryContext = {}, accepted?: Set<string>) =>
  Object.fromEntries([...flagHistory(h, ctx, accepted)].map(([d, f]) => [d, f.map((x) => x.rule)]));

describe("range rule", () => {
  it("holds $280,000 and per-token values, keeps zero and the bounds", () => {
    const h = [e("2025-12-06", { input: 0.28, output: 0.83 }), e("2025-12-07", { input: 0, output: 0 })];
    h.push(e("2025-12-12", { input: 280000, output: 830000 }));
    expect(rules(h)).toEqual({ "2025-12-12": ["range"] });
    expect(trustedCurrent(h, flagHistory(h))?.from).toBe("2025-12-07");
    expect(rules([e("2025-06-09", { input: 0.00003, output: 0.00015 })])).toEqual({ "2025-06-09": ["range"] });
    expect(rules([e("2025-01-01", { input: 0.0001, output: 1000 })])).toEqual({});
  });
  it("leaves the current price unknown when every entry is held", () => {
    const h = [e("2025-06-09", { input: 0.00003 })];
    expect(trustedCurrent(h, flagHistory(h))).toBeUndefined();
  });
});

describe("jump rule", () => {
  const h = [e("2025-10-23", { input: 75, output: 200 }), e("2026-05-26", { input: 0.075, output: 0.2 })];
  it("holds both sides of a 20× step when no other provider tells which is right", () => {
    expect(rules(h)).toEqual({ "2025-10-23": ["jump"], "2026-05-26": ["jump"] });
  });
  it("holds the side far from the other providers' median", () => {
    expect(rules(h, { peers: { input: 0.1, output: 0.3 } })).toEqual({ "2025-10-23": ["jump", "jump"] });
    expect(rules(h, { peers: { input: 80 } })).toEqual({ "2026-05-26": ["jump"] });
  });
  it("ignores steps under 20×, steps through zero, and accepted entries", () => {
    expect(rules([e("2025-01-01", { input: 1 }), e("2025-02-01", { input: 19.9 })])).toEqual({});
    expect(
      rules([e("2025-01-01", { input: 1 }), e("2025-02-01", { input: 0 }), e("2025-03-01", { input: 0.9 })]),
    ).toEqual({});
    expect(rules(h, {}, new Set(["2025-10-23", "2026-05-26"]))).toEqual({});
  });
});

describe("currency rule", () => {
  const glm = [e("2026-04-08", { input: 6, output: 24, cacheRead: 1.3 }), e("2026-07-02", { input: 1.4, output: 4.4 })];
  const cny = currencyDoubtOf("zhipuai", { apiBaseUrl: "https://open.bigmodel.cn/api/paas/v4" });
  it("reads CNY billing from a .cn host or a -cn id, and nothing from others", () => {
    expect(cny?.currency).toBe("CNY");
    expect(currencyDoubtOf("moonshotai-cn", undefined)?.currency).toBe("CNY");
    expect(currencyDoubtOf("zai", { apiBaseUrl: "https://api.z.ai/api/paas/v4" })).toBeUndefined();
  });
  it("holds the higher entry of a 3–12× step at a CNY-billing provider only", () => {
    expect(rules(glm, { currencyDoubt: cny })).toEqual({ "2026-04-08": ["currency"] });
    expect(rules(glm)).toEqual({});
  });
});

describe("non-token and cache rules", () => {
  it("reads non-token kinds from names", () => {
    expect(nonTokenReason(["cloudflare-workers-ai/resnet-50"])).toMatch(/per image/);
    expect(nonTokenReason(["openai/whisper-large-v3"])).toMatch(/per minute/);
    expect(nonTokenReason(["sarvam/bulbul-v2"])).toMatch(/per character/);
    expect(nonTokenReason(["openai/gpt-4o-transcribe", "openai/gpt-image-1"])).toBeUndefined();
  });
  it("holds a non-zero token price of a non-token model, and cache reads above input", () => {
    const ctx = { nonToken: "billed per minute" };
    expect(rules([e("2026-01-01", { input: 0.0023, output: 0.0023 })], ctx)).toEqual({ "2026-01-01": ["non-token"] });
    expect(rules([e("2026-01-01", { input: 0, output: 0 })], ctx)).toEqual({});
    expect(rules([e("2026-01-01", { input: 3, cacheRead: 3.75 })])).toEqual({ "2026-01-01": ["cache-above-input"] });
  });
});

describe("siblingKey", () => {
  it("groups aliases, -latest and dated snapshots", () => {
    expect(siblingKey("claude-3-7-sonnet-20250219")).toBe("claude-3-7-sonnet");
    expect(siblingKey("claude-3-7-sonnet-latest")).toBe("claude-3-7-sonnet");
    expect(siblingKey("gpt-4.1-nano-2025-04-14")).toBe("gpt-4.1-nano");
    expect(siblingKey("gpt-4o-mini")).toBe("gpt-4o-mini");
  });
});
