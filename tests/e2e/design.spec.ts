import { expect, test, type Locator, type Page } from "@playwright/test";
import { MAIN_NAV } from "~/consts";

// Readable at a glance on a phone and a laptop: the first screen, tables that keep their key
// columns in view, the header's tasks, a short About page, and no duplicate ids.
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const NANO = "/models/openai/gpt-4.1-nano/";
const COMPARE = "/compare/?models=openai/gpt-4.1-nano,anthropic/claude-haiku-4-5,google/gemini-2.5-flash";

/** Whether the element lies wholly inside the viewport as the page first shows it (no scrolling). */
async function inFirstScreen(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  expect(box, "element has a box").not.toBeNull();
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  expect(scroll).toEqual({ x: 0, y: 0 });
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
}

/** The cells of a table's column (by header text) that show without scrolling the table sideways. */
async function columnInView(page: Page, table: Locator, header: RegExp) {
  const th = table.locator("thead th").filter({ hasText: header }).first();
  await expect(th).toBeVisible();
  const scroller = table.locator("xpath=ancestor::div[contains(@class,'table-scroll')][1]");
  const [thBox, scrollBox] = [await th.boundingBox(), await scroller.boundingBox()];
  expect(await scroller.evaluate((el) => el.scrollLeft)).toBe(0);
  expect(thBox!.x + thBox!.width, `${header} ends inside the table's box`).toBeLessThanOrEqual(
    scrollBox!.x + scrollBox!.width + 1,
  );
  expect(thBox!.x + thBox!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

for (const [name, viewport] of [
  ["phone", PHONE],
  ["laptop", LAPTOP],
] as const) {
  test(`${name}: the nano profile shows OpenAI's list price and the context window in the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(NANO);
    const headline = page.locator(".headline");
    await expect(headline.getByRole("heading")).toContainText("List price at OpenAI");
    await expect(headline.locator("[data-price=input]")).toHaveText("$0.10");
    await expect(headline.locator("[data-price=cacheRead]")).toHaveText("$0.025");
    await expect(headline.locator("[data-price=output]")).toHaveText("$0.40");
    await expect(headline.getByText("1M", { exact: false })).toBeVisible();
    for (const key of ["input", "cacheRead", "output"])
      await inFirstScreen(page, headline.locator(`[data-price=${key}]`));
    await inFirstScreen(page, headline.locator("dl > div").last());
  });
}

test("phone: the nano pricing table shows Input and Output without scrolling sideways", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(NANO);
  const table = page.locator("#pricing ~ price-units table");
  await table.scrollIntoViewIfNeeded();
  await columnInView(page, table, /^Input$/);
  await columnInView(page, table, /^Output$/);
  const openai = table.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: /^OpenAI/ }) });
  await expect(openai.locator("td").nth(0)).toHaveText("$0.10");
  await expect(openai.locator("td").nth(1)).toHaveText("$0.40");
});

test("phone: each table keeps its key columns in view", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/models/");
  const catalog = page.locator("model-browser table");
  await columnInView(page, catalog, /^Model/);
  await columnInView(page, catalog, /^Input/);
  await columnInView(page, catalog, /^Output/);

  await page.goto(NANO);
  const workload = page.locator("workload-calculator table");
  await workload.scrollIntoViewIfNeeded();
  await columnInView(page, workload, /Per month/);

  await page.goto("/benchmarks/swe-bench-verified/");
  await columnInView(page, page.locator("main table"), /^Score$/);

  await page.goto(COMPARE);
  const facts = page.locator("table[data-facts]");
  await expect(facts.locator("thead th")).toHaveCount(4);
  for (const name of [/GPT-4.1 nano/, /Claude Haiku 4.5/, /Gemini 2.5 Flash/]) await columnInView(page, facts, name);
});

test("the header links to every main task, and on a phone through its menu", async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const { label, href } of MAIN_NAV)
    await expect(nav.getByRole("link", { name: label })).toHaveAttribute("href", href);
  for (const label of ["Compare", "Benchmarks", "Changes"])
    await expect(nav.getByRole("link", { name: label })).toBeVisible();

  await page.setViewportSize(PHONE);
  await page.goto("/models/");
  await expect(nav.getByRole("link", { name: "Compare", exact: true })).toBeHidden();
  await page.locator(".site-header summary").click();
  await expect(nav.getByRole("link", { name: "Models" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Changes" }).click();
  await expect(page).toHaveURL(/\/changes\/$/);
});

test("About is short at 1280 px and its data freshness values are readable", async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await page.goto("/about/");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(8000);
  for (const dd of await page.locator("#freshness + dl dd").all()) {
    const box = await dd.boundingBox();
    expect(box!.width).toBeGreaterThan(150);
    expect(box!.height).toBeLessThan(60);
  }
});

test("phone: the catalog's filters start folded, sort by most providers and take several providers", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/models/");
  const form = page.getByRole("form", { name: "Filter models" });
  await expect(form).toBeHidden();
  await expect(page.locator("model-browser .count")).toContainText("sorted by number of providers, most first");
  const counts = await page.locator("model-browser tbody tr td:nth-child(5)").allTextContents();
  expect(counts.map(Number)).toEqual([...counts.map(Number)].sort((a, b) => b - a));
  await page.getByText("Filters", { exact: true }).click();
  await expect(form).toBeVisible();
  await form.getByText("Providers", { exact: false }).first().click();
  await form.getByLabel("OpenAI", { exact: true }).check();
  await form.getByLabel("Azure", { exact: true }).check();
  await expect(page).toHaveURL(/provider=(openai,azure|azure,openai)/);
  await expect(form.locator("[data-provider-count]")).toHaveText("2 chosen");
});

for (const path of [NANO, "/models/anthropic/claude-haiku-4-5/", "/models/openai/gpt-oss-120b/", "/about/"]) {
  test(`${path} has no duplicate element ids`, async ({ page }) => {
    await page.goto(path);
    const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });
}

test("the price-history chart draws a chosen dimension with a fitted axis and a filterable legend", async ({
  page,
}) => {
  await page.goto("/models/openai/gpt-oss-120b/");
  const chart = page.locator("price-history-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute("data-ready", "");
  const boxes = chart.locator(".lines input[type=checkbox]");
  const total = await boxes.count();
  expect(total).toBeGreaterThan(8);
  const checked = await chart.locator(".lines input:checked").count();
  expect(checked).toBeGreaterThan(0);
  expect(checked).toBeLessThanOrEqual(6);
  await chart.getByPlaceholder("Provider name").fill("groq");
  await expect(chart.locator(".lines li:visible")).toHaveCount(
    await chart.locator(".lines li[data-name*=groq]").count(),
  );
  await chart.getByText("Output", { exact: true }).click();
  await expect(chart.locator(".views input[value=output]")).toBeChecked();
  // The canvas is tall enough to read (the old one was ~110 px under its legend).
  const box = await chart.locator("canvas").boundingBox();
  expect(box!.height).toBeGreaterThan(250);
});

test("a leaderboard with fewer than 5 results says it cannot rank them", async ({ page, request }) => {
  const catalog = (await (await request.get("/api/catalog.json")).json()) as { models: unknown[] };
  expect(catalog.models.length).toBeGreaterThan(0);
  await page.goto("/benchmarks/");
  const rows = page.locator("main tbody tr");
  const few = rows.filter({ hasText: "too few to rank" }).first();
  if ((await few.count()) === 0) test.skip(true, "every benchmark has 5 or more results");
  await few.getByRole("link").click();
  await expect(page.getByText("Not enough results to rank")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Rank" })).toHaveCount(0);
});
