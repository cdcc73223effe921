/** The per-page logic that used to sit in .astro frontmatter: profile, provider page, home page. */
import { describe, expect, it } from "vitest";
import { buildViews } from "~/views/catalog-views";
import { modelFaq } from "~/views/faq";
import { catalogStats, creatorsByModelCount, featuredModels } from "~/views/home";
import { headlinePrice, profileCalculatorRows, profileDescription, profileStructuredData } from "~/views/profile";
import { MADE_ON_PAGE, modelsMadeShown, providerOfferings } from "~/views/provider-page";
import { catalogOf, source } from "../factories";

const price = (input: number, output: number) => ({ from: "2026-01-01", input, output, source: source() });

const views = buildViews(
  catalogOf({
    providers: {
      openai: { name: "OpenAI" },
      azure: { name: "Azure" },
      plan: { name: "Plan", billing: "subscription" },
    },
    models: {
      "openai/nano": { name: "Nano", limits: { context: 1_047_576 }, releaseDate: "2025-04-14" },
      "azure/other": { name: "Other", origin: "imported", releaseDate: "2026-01-01" },
    },
    offerings: {
      "openai/nano": { model: "openai/nano", apiId: "gpt-4.1-nano", prices: [price(0.1, 0.4)] },
      "azure/nano": { model: "openai/nano", apiId: "nano-deploy", prices: [price(0.12, 0.45)] },
      "plan/nano": { model: "openai/nano", apiId: "nano", prices: [price(0, 0)] },
      "azure/old": { model: "openai/nano", apiId: "old", status: "retired", prices: [price(0.01, 0.01)] },
      "azure/other": { model: "azure/other", apiId: "other", prices: [] },
    },
  }),
);
const nano = views.byId.get("openai/nano")!;

describe("profile", () => {
  it("describes the model with its context, cheapest prices and provider count", () => {
    expect(profileDescription(nano)).toBe(
      "Nano by OpenAI, 1,047,576-token context, from $0.10/1M input, $0.40/1M output, prices at 3 providers, price history, benchmarks and sources.",
    );
  });

  it("offers the calculator every live priced offering but the subscription plan", () => {
    expect(profileCalculatorRows(nano).map((r) => r.id)).toEqual(["openai/nano", "azure/nano"]);
  });

  it("leads with the creator's list price; without one, the cheapest, or the only provider's", () => {
    expect(headlinePrice(nano)).toMatchObject({ kind: "list", offering: { entry: { id: "openai/nano" } } });
    const other = buildViews(
      catalogOf({
        providers: { lab: { name: "Lab" }, a: { name: "A" }, b: { name: "B" } },
        models: { "lab/m": { name: "M" }, "lab/solo": { name: "Solo" } },
        offerings: {
          "a/m": { model: "lab/m", apiId: "m", prices: [price(0.3, 1)] },
          "b/m": { model: "lab/m", apiId: "m", prices: [price(0.2, 1)] },
          "a/solo": { model: "lab/solo", apiId: "solo", prices: [price(1, 2)] },
        },
      }),
    );
    expect(headlinePrice(other.byId.get("lab/m")!)).toMatchObject({
      kind: "cheapest",
      offering: { entry: { id: "b/m" } },
    });
    expect(headlinePrice(other.byId.get("lab/solo")!)?.kind).toBe("only");
  });

  it("publishes a Product with one Offer per live offering with an input price", () => {
    const data = profileStructuredData(nano, modelFaq(nano), "d") as { "@type": string; offers?: unknown[] }[];
    const product = data.find((d) => d["@type"] === "Product")!;
    expect(product.offers).toHaveLength(3);
  });
});

describe("provider page", () => {
  it("lists live offerings first, then retired ones", () => {
    const { live, retired } = providerOfferings(views, "azure");
    expect(live.map((x) => x.o.entry.id)).toEqual(["azure/nano", "azure/other"]);
    expect(retired.map((x) => x.o.entry.id)).toEqual(["azure/old"]);
  });

  it("shows every model made up to the limit, then the newest", () => {
    const many = Array.from({ length: MADE_ON_PAGE + 5 }, (_, i) => ({
      ...nano,
      entry: {
        ...nano.entry,
        data: { ...nano.entry.data, name: `M${i}`, releaseDate: `2025-01-${String((i % 28) + 1).padStart(2, "0")}` },
      },
    }));
    expect(modelsMadeShown(many.slice(0, 3))).toHaveLength(3);
    const shown = modelsMadeShown(many);
    expect(shown).toHaveLength(MADE_ON_PAGE);
    expect(shown[0]!.entry.data.releaseDate).toBe("2025-01-28");
  });
});

describe("home", () => {
  it("features curated models only, newest first", () => {
    expect(featuredModels(views).map((m) => m.entry.id)).toEqual(["openai/nano"]);
  });

  it("counts models per creator and the catalog's size", () => {
    expect(creatorsByModelCount(views).map((c) => [c.id, c.count])).toEqual([
      ["azure", 1],
      ["openai", 1],
    ]);
    expect(catalogStats(views)).toEqual({ models: 2, offerings: 5, providers: 3 });
  });
});
