/**
 * Every kind of model, priced in its own unit (issue 12): the catalog's kind filter, the kind and
 * units in the API, and no image-output token price read as a text output price.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { PriceEntry } from "~/schemas";
import type { ApiCatalog, ApiModel } from "~/schemas/api";
import { decodeIndex, type CompactIndex } from "~/shared/browse-index";
import type { BrowseRow } from "~/shared/browse-state";
import { expectNoAxeViolations } from "./axe";

let rows: BrowseRow[];
test.beforeAll(async ({ request }) => {
  const response = await request.get("/api/model-table.json");
  expect(response.ok()).toBe(true);
  rows = decodeIndex((await response.json()) as CompactIndex);
});
const live = (r: BrowseRow) => r.status !== "retired" && r.status !== "delisted";
const visibleIds = (page: Page) =>
  page.locator("model-browser tbody tr[data-id]").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")!));
const ready = (page: Page) => expect(page.locator("model-browser table")).not.toHaveAttribute("aria-busy", "true");

/** A model's API file, following a redirect record to the canonical model. */
async function apiModel(request: APIRequestContext, id: string): Promise<ApiModel> {
  const response = await request.get(`/api/models/${id}.json`);
  expect(response.ok(), id).toBe(true);
  const body = (await response.json()) as ApiModel & { redirect?: string };
  return body.redirect ? apiModel(request, body.redirect) : body;
}

test("the catalog's kind filter lists only that kind, from the URL and from the form", async ({ page }) => {
  await page.goto("/models/?kind=embedding&sort=input");
  await ready(page);
  const embeddings = rows.filter((r) => live(r) && r.kind === "embedding");
  expect(embeddings.length).toBeGreaterThan(10);
  await expect(page.locator(".count")).toContainText(`of ${embeddings.length} matching`);
  const shown = await visibleIds(page);
  expect(shown.length).toBe(Math.min(100, embeddings.length));
  for (const id of shown) expect(rows.find((r) => r.id === id)?.kind, id).toBe("embedding");

  const form = page.getByRole("form", { name: "Filter models" });
  await form.getByRole("combobox", { name: /^Kind/ }).selectOption("image");
  await expect(page).toHaveURL(/kind=image/);
  await ready(page);
  const images = rows.filter((r) => live(r) && r.kind === "image");
  await expect(page.locator(".count")).toContainText(`of ${images.length} matching`);
  for (const id of await visibleIds(page)) expect(rows.find((r) => r.id === id)?.kind, id).toBe("image");
  await expect(page.locator("model-browser tbody tr[data-id] .kind").first()).toHaveText("Image generation");
});

test("text-embedding-3-small is an embedding model with a known input price and no output price", async ({
  request,
}) => {
  const model = await apiModel(request, "openai/text-embedding-3-small");
  expect(model.kind).toBe("embedding");
  expect(model.embeddingDimensions).toBe(1536);
  expect(model.limits?.maxOutput).toBeUndefined();
  const openai = model.offerings.find((o) => o.id === "openai/text-embedding-3-small")!;
  expect(openai.current?.input).toBe(0.02);
  expect(openai.current && "output" in openai.current).toBe(false);
  for (const entry of openai.prices) expect(entry.output, entry.from).toBeUndefined();
});

test("gpt-image-1 and tts-1 have a current price in their own unit at OpenAI, with a source", async ({ request }) => {
  const image = await apiModel(request, "openai/gpt-image-1");
  expect(image.kind).toBe("image");
  const imageAtOpenai = image.offerings.find((o) => o.id === "openai/gpt-image-1")!.current!;
  expect(imageAtOpenai.outputImage).toBe(40);
  expect(imageAtOpenai.output).toBeUndefined();
  expect(imageAtOpenai.imagePrices).toContainEqual({ size: "1024x1024", quality: "medium", price: 0.042 });
  expect(imageAtOpenai.source.url).toMatch(/^https:\/\/developers\.openai\.com\//);

  const speech = await apiModel(request, "openai/tts-1");
  expect(speech.kind).toBe("speech");
  const speechAtOpenai = speech.offerings.find((o) => o.id === "openai/tts-1")!.current!;
  expect(speechAtOpenai.perMillionCharacters).toBe(15);
  expect(speechAtOpenai.source.url).toMatch(/^https:\/\/developers\.openai\.com\//);
});

test("at least six kinds have models in /api/catalog.json", async ({ request }) => {
  const catalog = (await (await request.get("/api/catalog.json")).json()) as ApiCatalog;
  const kinds = new Set(catalog.models.map((m) => m.kind).filter(Boolean));
  expect(kinds.size).toBeGreaterThanOrEqual(6);
});

test("no image-output token price is a text output price: gpt-image-2 and the Gemini image models", async ({
  request,
}) => {
  // The image-output token price per 1M of each model; text output, where a source gives it, is a tenth of it.
  const imagePrice: Record<string, number> = {
    "openai/gpt-image-2": 30,
    "openai/gpt-image-1.5": 32,
    "google/gemini-3-pro-image-preview": 120,
    "google/gemini-3.1-flash-image-preview": 60,
    "google/gemini-2.5-flash-image": 30,
  };
  for (const [id, price] of Object.entries(imagePrice)) {
    const model = await apiModel(request, id);
    expect(model.kind, id).toBe("image");
    const entries: [string, PriceEntry][] = model.offerings.flatMap((o) =>
      o.prices.map((e) => [o.id, e] as [string, PriceEntry]),
    );
    for (const [offering, entry] of entries)
      expect(entry.output === undefined || entry.output < price / 2, `${offering} ${entry.from}`).toBe(true);
    expect(
      entries.some(([, e]) => e.outputImage === price),
      id,
    ).toBe(true);
  }
});

test("a speech model's profile heads with its price per 1M characters", async ({ page }) => {
  await page.goto("/models/openai/tts-1/");
  const headline = page.locator(".headline");
  await expect(headline).toContainText("Characters, per 1M characters");
  await expect(headline.locator('[data-price="perMillionCharacters"]')).toHaveText("$15.00");
  await expect(page.locator("#pricing ~ price-units .unit-switch, section:has(#pricing) .unit-switch")).toHaveCount(0);
});

test("a speech model's calculator prices characters per month at each provider", async ({ page }) => {
  await page.goto("/models/openai/tts-1/");
  const calculator = page.locator("unit-calculator");
  await calculator.getByLabel("Characters per month").fill("2000000");
  // 2M characters at $15 per 1M characters.
  await expect(calculator.locator("tbody tr", { hasText: "OpenAI" })).toContainText("$30.00");
});

test("an image model's profile lists its per-image prices by quality and size, with no axe violations", async ({
  page,
}) => {
  await page.goto("/models/openai/gpt-image-1/");
  const grid = page.locator("table.image-grid");
  await expect(grid.locator("caption")).toContainText("per generated image, by quality and size");
  await expect(grid.locator("tr", { hasText: "high" })).toContainText("$0.25");
  await expectNoAxeViolations(page);
});

test("compare marks the best price within each kind: an embedding is never cheaper than chat models", async ({
  page,
}) => {
  await page.goto("/compare/?models=openai/gpt-4.1-nano,openai/text-embedding-3-small,anthropic/claude-haiku-4-5");
  const facts = page.locator("[data-facts]");
  await expect(facts.locator("thead th a")).toHaveCount(3);
  const kind = facts.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Kind", exact: true }) });
  await expect(kind.locator("td")).toHaveText(["Chat", "Embedding", "Chat"]);
  const input = facts.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Input", exact: true }) });
  await expect(input.locator("td").nth(1)).toContainText("$0.02");
  await expect(input.locator("td").nth(1)).not.toHaveClass("best");
  await expect(input.locator("td").nth(0)).toHaveClass("best");
});

test("an image model's price history charts and tabulates its price per image first", async ({ page }) => {
  await page.goto("/models/openai/gpt-image-1.5/");
  const chart = page.locator("price-history-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute("data-ready", "");
  // The model's own unit is the first view and the one drawn first; the token views stay.
  const views = chart.locator(".views input");
  await expect(views.first()).toHaveValue("unit");
  await expect(views.first()).toBeChecked();
  await expect(chart.locator(".views")).toContainText("Per image");
  await expect(chart.locator("figcaption")).toContainText("USD per generated image");
  // OpenAI's history table has the column, with the lowest price of its sizes and qualities.
  const table = page.locator("#history ~ details[open] table").first();
  await expect(table.locator("thead th").nth(1)).toHaveText("Per image");
  await expect(table.locator("tbody tr").first().locator("td").first()).toHaveText(/^from \$0\.009$/);
});

test("an image model priced by the token only charts its token prices first", async ({ page }) => {
  await page.goto("/models/openai/gpt-image-2/");
  const views = page.locator("price-history-chart .views input");
  await expect(views.first()).toHaveValue("input");
  await expect(page.locator("price-history-chart .views input[value=unit]")).toHaveCount(0);
});
