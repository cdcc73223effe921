import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH, cardSvg } from "~/publish/og-card";

const card = (title: string) =>
  cardSvg({
    kicker: "Acme & Co · model",
    title,
    facts: [
      { label: "Price, in / out", value: "$0.10 / $0.40" },
      { label: "Context window", value: "1.05M tokens" },
    ],
  });

describe("share card template", () => {
  it("escapes text and cuts a title too long for one line", () => {
    const svg = card(`Rocket <${"x".repeat(200)}>`);
    expect(svg).toContain("Acme &amp; Co · model");
    expect(svg).not.toContain("<xxx");
    expect(svg).toMatch(/Rocket &lt;x+…<\/text>/);
  });

  it("renders to a PNG of the card's size", () => {
    const image = new Resvg(card("GPT-4.1 nano"), {
      fitTo: { mode: "width", value: CARD_WIDTH },
      font: { loadSystemFonts: false },
    }).render();
    expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(image.asPng().subarray(1, 4).toString()).toBe("PNG");
  });
});
