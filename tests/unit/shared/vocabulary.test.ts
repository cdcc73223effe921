import { describe, expect, it } from "vitest";
import { PRICE_DIMENSIONS as SCHEMA_DIMENSIONS } from "~/schemas";
import { cheapestOffering, type PricedOffering } from "~/shared/pricing";
import { isLive, PRICE_INFO, priceLabel, statusDateKey, STATUS_LABELS } from "~/shared/vocabulary";

describe("vocabulary", () => {
  it("labels every price dimension the schema has", () => {
    for (const key of SCHEMA_DIMENSIONS) expect(PRICE_INFO[key].label.length).toBeGreaterThan(0);
    expect(priceLabel("cacheRead")).toBe("Cached input");
  });

  it("says what is live, and which date a status carries", () => {
    expect(["active", "preview", "deprecated", undefined].map(isLive)).toEqual([true, true, true, true]);
    expect(["retired", "delisted"].map(isLive)).toEqual([false, false]);
    expect(statusDateKey("delisted")).toBe("retired");
    expect(statusDateKey("deprecated")).toBe("deprecated");
    expect(statusDateKey("active")).toBeUndefined();
    expect(STATUS_LABELS.delisted).toBe("Delisted");
  });
});

describe("cheapestOffering", () => {
  const o = (id: string, input: number | undefined, extra: Partial<PricedOffering> = {}) => ({
    id,
    status: "active",
    current: { from: "2026-01-01", input, source: { name: "s", retrieved: "2026-01-01" } },
    ...extra,
  });
  const byInput = (list: ReturnType<typeof o>[]) => cheapestOffering(list, (e) => e.input)?.offering.id;

  it("takes the lowest paid price of a live offering; free tiers only when nobody charges", () => {
    expect(byInput([o("a", 0.2), o("free", 0), o("b", 0.1), o("gone", 0.01, { status: "retired" })])).toBe("b");
    expect(byInput([o("free", 0), o("unknown", undefined)])).toBe("free");
  });

  it("never counts a subscription plan, and gives a tie to the first party", () => {
    expect(byInput([o("plan", 0.01, { subscription: true }), o("a", 0.1)])).toBe("a");
    expect(byInput([o("reseller", 0.1), o("lab", 0.1, { firstParty: true })])).toBe("lab");
  });

  it("is undefined when no offering publishes the price", () => {
    expect(byInput([o("a", undefined)])).toBeUndefined();
  });
});
