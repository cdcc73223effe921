import { describe, expect, it } from "vitest";
import { samePrices, type PriceEntry } from "~/schemas";
import { outputIsImageTokens, readForKind, sameAfterReading, withoutRepeats } from "~/shared/units";

const source = { name: "t", retrieved: "2026-01-01" };
const e = (from: string, prices: Partial<PriceEntry>): PriceEntry => ({ from, source, ...prices }) as PriceEntry;

describe("reading a price entry for its model's kind", () => {
  it("an image-only model's output is its image-output token price", () => {
    expect(outputIsImageTokens("image", ["image"])).toBe(true);
    expect(outputIsImageTokens("image", ["text", "image"])).toBe(false);
    expect(outputIsImageTokens("chat", ["image"])).toBe(false);
    const read = readForKind(e("2026-01-01", { input: 5, output: 40, cacheRead: 1.25 }), "image", ["image"]);
    expect(read).toEqual(e("2026-01-01", { input: 5, outputImage: 40, cacheRead: 1.25 }));
    expect(read.output).toBeUndefined();
  });
  it("keeps an own outputImage, and a text output beside it", () => {
    const entry = e("2026-01-01", { input: 2, output: 12, outputImage: 120 });
    expect(readForKind(entry, "image", ["image"])).toBe(entry);
  });
  it("an embedding's 0 output is no price, never 'free'; a paid output stays", () => {
    expect(readForKind(e("2026-01-01", { input: 0.02, output: 0 }), "embedding", ["text"])).toEqual(
      e("2026-01-01", { input: 0.02 }),
    );
    const paid = e("2026-01-01", { input: 0.02, output: 0.1 });
    expect(readForKind(paid, "embedding", ["text"])).toBe(paid);
    const chat = e("2026-01-01", { input: 1, output: 0 });
    expect(readForKind(chat, "chat", ["text"])).toBe(chat);
  });
  it("drops entries a reading made repeat the one before", () => {
    const h = [e("2025-10-20", { input: 0.02 }), e("2025-10-22", { input: 0.02 })];
    expect(withoutRepeats(h).map((x) => x.from)).toEqual(["2025-10-20"]);
  });
  it("a committed entry and its new reading are the same prices, not a change", () => {
    const same = (a: Partial<PriceEntry>, b: Partial<PriceEntry>) => samePrices(a as PriceEntry, b as PriceEntry);
    expect(sameAfterReading({ input: 5, output: 30 }, { input: 5, outputImage: 30 }, same)).toBe(true);
    expect(sameAfterReading({ input: 0.02, output: 0 }, { input: 0.02 }, same)).toBe(true);
    expect(sameAfterReading({ input: 5, output: 30 }, { input: 5, outputImage: 31 }, same)).toBe(false);
    expect(sameAfterReading({ input: 1, output: 2 }, { input: 1 }, same)).toBe(false);
  });
});
