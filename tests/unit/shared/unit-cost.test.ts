import { describe, expect, it } from "vitest";
import type { PriceEntry } from "~/schemas";
import {
  UNIT_SPECS,
  entryUnitPrice,
  kindUnitKey,
  unitBodyHtml,
  unitCost,
  unitOptions,
  unitPriceLabel,
  unitPriceUnit,
} from "~/shared/unit-cost";

const source = { name: "t", retrieved: "2026-12-01" };
const e = (p: Partial<PriceEntry>): PriceEntry => ({ from: "2026-12-01", source, ...p }) as PriceEntry;

describe("the calculator of each kind, in its unit", () => {
  it("images: one option per quality and size, or the one price", () => {
    const grid = e({
      imagePrices: [
        { quality: "low", size: "1024x1024", price: 0.011 },
        { quality: "high", size: "1024x1536", price: 0.25 },
      ],
    });
    expect(unitOptions("image", grid)).toEqual([
      { label: "low, 1024x1024", price: 0.011 },
      { label: "high, 1024x1536", price: 0.25 },
    ]);
    expect(unitOptions("image", e({ perImageOutput: 0.04 }))).toEqual([{ label: "", price: 0.04 }]);
    // 1,000 high 1024x1536 images at $0.25: $250.
    expect(unitCost(1_000, 0.25, UNIT_SPECS.image!.per)).toBe(250);
  });
  it("speech per 1M characters, transcription per minute (a per-second price times 60), video per second", () => {
    expect(unitCost(2_000_000, 15, UNIT_SPECS.speech!.per)).toBe(30);
    expect(unitOptions("transcription", e({ perAudioMinute: 0.006 }))).toEqual([{ label: "", price: 0.006 }]);
    expect(unitOptions("transcription", e({ perAudioSecond: 0.0001 }))[0]!.price).toBeCloseTo(0.006);
    expect(unitCost(600, 0.1, UNIT_SPECS.video!.per)).toBeCloseTo(60);
  });
  it("embeddings by tokens embedded; unknown stays unknown", () => {
    expect(unitCost(100_000_000, 0.02, UNIT_SPECS.embedding!.per)).toBeCloseTo(2);
    expect(unitOptions("speech", e({ input: 1 }))).toEqual([]);
    const html = unitBodyHtml([{ id: "a/b", provider: "Acme", options: [] }], UNIT_SPECS.speech!, 1, "");
    expect(html).toContain('<td class="num">—</td><td class="num">—</td>');
    expect(
      unitBodyHtml(
        [{ id: "a/b", provider: "Acme", options: [{ label: "", price: 15 }] }],
        UNIT_SPECS.speech!,
        1_000_000,
        "",
      ),
    ).toContain("$15.00");
  });
});

describe("the price a model is billed by, when it is not a token price", () => {
  it("is the kind's unit for image, speech, transcription, video and rerank models; none for token-priced kinds", () => {
    expect(kindUnitKey("image")).toBe("perImageOutput");
    expect(kindUnitKey("transcription")).toBe("perAudioMinute");
    expect(kindUnitKey("video")).toBe("perVideoSecond");
    expect(kindUnitKey("chat")).toBeUndefined();
    expect(kindUnitKey("embedding")).toBeUndefined();
    expect(kindUnitKey(undefined)).toBeUndefined();
    expect(unitPriceLabel("perImageOutput")).toBe("Per image");
    expect(unitPriceUnit("perVideoSecond")).toBe("per second of video");
  });

  it("is the one price, or the lowest of an image model's sizes and qualities (from), and unknown stays unknown", () => {
    expect(entryUnitPrice("perImageOutput", e({ perImageOutput: 0.04 }))).toEqual({ value: 0.04, from: false });
    const grid = e({
      imagePrices: [
        { quality: "high", size: "1024x1024", price: 0.133 },
        { quality: "low", size: "1024x1024", price: 0.009 },
      ],
    });
    expect(entryUnitPrice("perImageOutput", grid)).toEqual({ value: 0.009, from: true });
    expect(entryUnitPrice("perImageOutput", e({ imagePrices: [{ price: 0.134 }] }))).toEqual({
      value: 0.134,
      from: false,
    });
    expect(entryUnitPrice("perVideoSecond", e({ input: 2 }))).toEqual({ value: undefined, from: false });
    expect(entryUnitPrice("perAudioMinute", undefined)).toEqual({ value: undefined, from: false });
  });
});
