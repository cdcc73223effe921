/**
 * /find/: the question in the URL, the ranked answer, and its figures against the workload
 * calculator on the models' own profiles (driven in the browser with the same workload).
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The question: chat, image input, tool calling, ≥ 128K context, 1,000 requests a day of
// 2,000 input and 500 output tokens.
const QUESTION = "input=image&cap=toolCalling&context=128000";
const URL_ASKED = `/find/?${QUESTION}&in=2000&out=500&perDay=1000`;

const usd = (text: string) => Number(text.replace(/[^0-9.]/g, ""));

async function answered(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("find-app[data-answered]")).toHaveCount(1, { timeout: 30_000 });
}

async function rankedRows(page: Page) {
  return page.locator("tbody[data-rows] tr").evaluateAll((trs) =>
    trs.map((tr) => ({
      model: tr.getAttribute("data-model")!,
      offering: tr.getAttribute("data-offering")!,
      href: tr.querySelector("th a")!.getAttribute("href")!,
      cost: tr.querySelector(".cost")!.textContent!.trim(),
      compare: tr.querySelector("td:last-child a")!.getAttribute("href")!,
    })),
  );
}

test("the issue's question lists qualifying models by monthly cost, matching their profiles' calculators", async ({
  page,
}) => {
  test.slow();
  await answered(page, URL_ASKED);
  await expect(page.locator("[data-question]")).toContainText("taking image");
  await expect(page.locator("[data-question]")).toContainText("tool calling");
  await expect(page.locator("[data-question]")).toContainText("context ≥ 128,000 tokens");
  await expect(page.locator("[data-question]")).toContainText(
    "1,000 requests a day of 2,000 input and 500 output tokens",
  );
  // The form shows the question too.
  await expect(page.locator("input[name=input][value=image]")).toBeChecked();
  await expect(page.locator("input[name=cap][value=toolCalling]")).toBeChecked();
  await expect(page.locator("select[name=context]")).toHaveValue("128000");

  const rows = await rankedRows(page);
  expect(rows.length).toBeGreaterThan(10);
  const costs = rows.map((r) => usd(r.cost));
  for (let i = 1; i < costs.length; i++)
    expect(costs[i], `${rows[i]!.model} after ${rows[i - 1]!.model}`).toBeGreaterThanOrEqual(costs[i - 1]!);

  // Every ranked model qualifies, by the published data.
  const find = await (await page.request.get("/api/find.json")).json();
  const byId = new Map(find.models.map((m: { id: string }) => [m.id, m]));
  for (const row of rows) {
    const m = byId.get(row.model) as {
      limits?: { context?: number };
      modalities?: { input: string[] };
      capabilities?: { toolCalling?: boolean };
      offerings: {
        id: string;
        limits?: { context?: number };
        modalities?: { input: string[] };
        capabilities?: { toolCalling?: boolean };
      }[];
    };
    const o = m.offerings.find((x) => x.id === row.offering)!;
    expect((o.modalities ?? m.modalities)?.input, row.offering).toContain("image");
    expect({ ...m.capabilities, ...o.capabilities }.toolCalling, row.offering).toBe(true);
    expect({ ...m.limits, ...o.limits }.context ?? 0, row.offering).toBeGreaterThanOrEqual(128_000);
  }

  // Three rows, from the top, the middle and the end of the first page: the same figure on the profile.
  const picks = [rows[0]!, rows[Math.floor(rows.length / 2)]!, rows[rows.length - 1]!];
  for (const row of picks) {
    await page.goto(row.href);
    const calculator = page.locator("workload-calculator");
    await calculator.getByLabel("Input tokens per request").fill("2000");
    await calculator.getByLabel("Output tokens per request").fill("500");
    await calculator.getByLabel("Input read from cache (%)").fill("0");
    await calculator.getByLabel("Input written to cache (%)").fill("0");
    await calculator.getByLabel("Requests sent as batch (%)").fill("0");
    await calculator.getByLabel("Requests per day").fill("1000");
    const perMonth = calculator.locator(`tr[data-id="${row.offering}"] td`).nth(1);
    await expect(perMonth, `${row.model} at ${row.offering}`).toHaveText(
      new RegExp(`^${row.cost.replace(/[$.]/g, "\\$&")}(cheapest)?$`),
    );
  }
});

test("an offering without a needed price is never ranked: it is listed apart", async ({ page }) => {
  // Half the input read from cache: an offering must publish a cached-input price to be priced.
  await answered(page, `/find/?${QUESTION}&cache=50`);
  const rows = await rankedRows(page);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.cost, r.model).toMatch(/^\$[\d,.]+$/);
  const find = await (await page.request.get("/api/find.json")).json();
  const offerings = new Map(
    find.models.flatMap((m: { offerings: { id: string; current: Record<string, number> | null }[] }) =>
      m.offerings.map((o) => [o.id, o.current]),
    ),
  );
  for (const r of rows) {
    const p = offerings.get(r.offering) as Record<string, number> | null;
    for (const key of ["input", "output", "cacheRead"]) expect(typeof p?.[key], `${r.offering} ${key}`).toBe("number");
  }
  await page.locator("[data-unpriced-section] > summary").click();
  const apart = page.locator("[data-unpriced] li");
  await expect(apart.first()).toContainText("no cached input price");
  const ranked = new Set(rows.map((r) => r.model));
  for (const href of await apart.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
    expect(ranked.has(href.replace(/^.*\/models\/|\/$/g, "")), href).toBe(false);
});

test("the question lives in the URL; rows link to the profile and to compare", async ({ page }) => {
  await answered(page, URL_ASKED);
  await page.locator("input[name=cap][value=reasoning]").check();
  await expect(page).toHaveURL(/cap=toolCalling,reasoning/);
  await expect(page.locator("[data-question]")).toContainText("reasoning");
  const url = page.url();
  await page.reload();
  await expect(page.locator("find-app[data-answered]")).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator("input[name=cap][value=reasoning]")).toBeChecked();
  expect(page.url()).toBe(url);

  const [first, second, third] = await rankedRows(page);
  const refs = (r: { model: string }) => `${r.model}@`;
  const top = await page.getByRole("link", { name: "Compare the three cheapest side by side" }).getAttribute("href");
  expect(top).toMatch(/^\/compare\/\?models=/);
  for (const r of [first!, second!, third!]) expect(top).toContain(refs(r));
  expect(first!.compare).toMatch(/^\/compare\/\?models=[^,]+@[^,]+,[^,]+@[^,&]+/);
  await page.goto(first!.compare);
  await expect(page.locator("compare-app")).toContainText(
    await page.request.get(`/api/models/${second!.model}.json`).then(async (r) => (await r.json()).name),
  );
});

test("without JavaScript the page explains itself, answers the default question and links to the catalog filters", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/find/");
  // Chromium without script execution still parses <noscript> as text: read the page's HTML.
  const html = await page.content();
  expect(html).toContain("Changing the question needs JavaScript");
  expect(html).toMatch(/href="\/models\/\?[^"]*cap=toolCalling[^"]*"[^>]*>the model filters/);
  await expect(page.locator("tbody[data-rows] tr")).toHaveCount(25);
  await expect(page.locator("[data-question]")).toContainText("chat models");
  await context.close();
});

test("/find/ has no axe violations", async ({ page }) => {
  await answered(page, URL_ASKED);
  await expectNoAxeViolations(page);
});
