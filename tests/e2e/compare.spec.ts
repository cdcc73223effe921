import { expect, test, type Page } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
import { expectNoAxeViolations } from "./axe";

const THREE = "/compare/?models=openai/gpt-4.1-nano,anthropic/claude-haiku-4-5,google/gemini-2.5-flash";

/** The number of models the history chart draws (its distinct series groups), once drawn. */
async function chartModels(page: Page): Promise<number> {
  const charts = page.locator("[data-charts]");
  await charts.scrollIntoViewIfNeeded();
  await expect(charts).toHaveAttribute("data-ready", "", { timeout: 10_000 });
  return Number(await charts.getAttribute("data-models"));
}

async function addModel(page: Page, query: string, id: string) {
  const box = page.getByRole("combobox", { name: /Add a model/ });
  await box.fill(query);
  const option = page.getByRole("option").filter({ hasText: new RegExp(` ${id.replace(/[.]/g, "\\.")}$`) });
  await expect(option).toBeVisible();
  // Keyboard: move to the option and press Enter.
  for (let i = 0; i < 12; i++) {
    if ((await option.getAttribute("aria-selected")) === "true") break;
    await box.press("ArrowDown");
  }
  await expect(option).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
}

test("compare journey: add three, the chart draws three, the URL round-trips, remove one, an unknown id has its message", async ({
  page,
}) => {
  await page.goto("/compare/");
  await addModel(page, "gpt-4.1 nano", "openai/gpt-4.1-nano");
  await addModel(page, "claude haiku 4.5", "anthropic/claude-haiku-4-5");
  await addModel(page, "gemini 2.5 flash", "google/gemini-2.5-flash");
  await expect(page).toHaveURL(/models=openai\/gpt-4\.1-nano,anthropic\/claude-haiku-4-5,google\/gemini-2\.5-flash$/);
  expect(await chartModels(page)).toBe(3);

  // The URL alone restores the comparison.
  const url = page.url();
  await page.goto("about:blank");
  await page.goto(url);
  await expect(page.locator("[data-facts] thead th a")).toHaveText([
    "GPT-4.1 nano",
    "Claude Haiku 4.5",
    "Gemini 2.5 Flash",
  ]);
  expect(await chartModels(page)).toBe(3);

  await page.getByRole("button", { name: "Remove Claude Haiku 4.5" }).click();
  await expect(page).toHaveURL(/models=openai\/gpt-4\.1-nano,google\/gemini-2\.5-flash$/);
  await expect(page.locator("[data-facts] thead th a")).toHaveText(["GPT-4.1 nano", "Gemini 2.5 Flash"]);
  expect(await chartModels(page)).toBe(2);

  await page.goto("/compare/?models=openai/gpt-4.1-nano,nobody/no-such-model");
  await expect(page.locator("[data-messages]")).toContainText("No model “nobody/no-such-model” in the catalog");
  await expect(page.locator("[data-facts] thead th a")).toHaveText(["GPT-4.1 nano"]);
});

test("three models side by side with their charts and no console errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(THREE);
  const facts = page.locator("[data-facts]");
  await expect(facts.locator("thead th a")).toHaveText(["GPT-4.1 nano", "Claude Haiku 4.5", "Gemini 2.5 Flash"]);
  // GPT-4.1 nano's input price (at its cheapest offering), the lowest of the three, marked best.
  const input = facts.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Input", exact: true }) });
  await expect(input.locator("td").first()).toHaveClass("best");
  await expect(input.locator("td.best")).toHaveCount(1);
  expect(await chartModels(page)).toBe(3);
  // The calculator has one row per model, the cheapest marked once.
  await expect(page.locator("workload-calculator tbody tr")).toHaveCount(3);
  await expect(page.locator("workload-calculator .cheapest")).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("the calculator recomputes and says unknown rather than a lower number", async ({ page }) => {
  // First-party offerings, named in the URL, so the prices below are the curated ones.
  await page.goto(
    "/compare/?models=openai/gpt-4.1-nano@openai,anthropic/claude-haiku-4-5@anthropic,google/gemini-2.5-flash@google",
  );
  const calc = page.locator("workload-calculator");
  const nano = calc.locator('tr[data-id="openai/gpt-4.1-nano@openai"]');
  // 2,000 × $0.10 + 500 × $0.40 = $0.0004 per request; × 1,000 × 30 = $12.00 a month
  await expect(nano.locator("td").nth(1)).toContainText("$12.00");
  await calc.getByLabel("Requests sent as batch (%)").fill("100");
  // 2,000 × $0.05 + 500 × $0.20 = $0.0002; Gemini 2.5 Flash publishes no batch price here: unknown.
  await expect(nano.locator("td").first()).toHaveText("$0.0002");
  await expect(calc.locator('tr[data-id="google/gemini-2.5-flash@google"] td').first()).toHaveText("unknown");
  await expect(calc.locator("tbody tr").last()).toHaveAttribute("data-id", "google/gemini-2.5-flash@google");
});

test("without JavaScript the compare page explains and links to profiles", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(THREE);
  await expect(page.locator("noscript, .noscript").first()).toBeAttached();
  const html = await page.content();
  expect(html).toContain("This page needs JavaScript");
  expect(html).toContain('href="/models/openai/gpt-4.1-nano/"');
  await context.close();
});

test("the changes feed parses with at least 20 dated, linked entries, newest first", async ({ page, request }) => {
  const xml = await (await request.get("/changes.xml")).text();
  await page.goto("/");
  const entries = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) return null;
    return [...doc.querySelectorAll("entry")].map((e) => ({
      updated: e.querySelector("updated")?.textContent ?? "",
      link: e.querySelector("link")?.getAttribute("href") ?? "",
      title: e.querySelector("title")?.textContent ?? "",
    }));
  }, xml);
  expect(entries, "feed is well-formed XML").not.toBeNull();
  expect(entries!.length).toBeGreaterThanOrEqual(20);
  for (const e of entries!) {
    expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(e.link).toMatch(/^https?:\/\/[^/]+\/models\/[^/]+\/[^/]+\/#changes$/);
    expect(e.title.length).toBeGreaterThan(0);
  }
  const dates = entries!.map((e) => e.updated);
  expect(dates).toEqual([...dates].sort().reverse());
});

test("the changes page filters by kind and by provider through its URL", async ({ page }) => {
  await page.goto("/changes/");
  await page.getByRole("link", { name: "Price changes" }).click();
  await expect(page).toHaveURL(/\/changes\/kind\/price\/$/);
  await expect(page.locator("ol.changes li").first()).toBeVisible();
  // The provider of the newest price change: its filtered listing starts with that change.
  const first = (await page.locator("ol.changes li").first().locator("code").textContent())!;
  const provider = first.split("/")[0]!;
  await page.locator("changes-provider select").selectOption(provider);
  await expect(page).toHaveURL(new RegExp(`/changes/provider/${provider}/$`));
  await expect(page.locator("ol.changes li code", { hasText: first }).first()).toBeVisible();
});

test("the API files validate against their published JSON Schemas", async ({ request }) => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const get = async (path: string) => (await request.get(path)).json();
  const catalogSchema = await get("/schemas/catalog.json");
  const modelSchema = await get("/schemas/api-model.json");
  const catalog = await get("/api/catalog.json");
  const model = await get("/api/models/openai/gpt-4.1-nano.json");
  const validCatalog = ajv.compile(catalogSchema);
  const validModel = ajv.compile(modelSchema);
  expect(validCatalog(catalog), JSON.stringify(validCatalog.errors?.slice(0, 5))).toBe(true);
  expect(validModel(model), JSON.stringify(validModel.errors?.slice(0, 5))).toBe(true);
  expect(catalog.models.length).toBeGreaterThan(20);
  // And a broken file does not validate: the check can fail.
  expect(validModel({ ...model, offerings: [{ ...model.offerings[0], current: { input: -1 } }] })).toBe(false);
  const csv = await (await request.get("/api/catalog.csv")).text();
  expect(csv.startsWith("offering_id,provider_id,")).toBe(true);
  expect(csv).toContain(
    "\r\nopenai/gpt-4.1-nano,openai,OpenAI,openai/gpt-4.1-nano,GPT-4.1 nano,gpt-4.1-nano,active,0.1,0.025,,0.4,0.05,0.2,",
  );
});

test("the sitemap lists every kind of page", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  for (const path of [
    "/",
    "/models/",
    "/models/openai/gpt-4.1-nano/",
    "/compare/",
    "/changes/",
    "/value/",
    "/about/",
  ]) {
    expect(xml).toContain(`<loc>https://modelatlas.dev${path}</loc>`);
  }
  expect(xml).not.toContain("/404/");
});

for (const path of [THREE, "/changes/", "/about/", "/value/"]) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path === THREE) await chartModels(page);
    await expectNoAxeViolations(page);
  });
}
