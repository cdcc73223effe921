import { expect, test, type Page } from "@playwright/test";
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
  // GPT-4.1 nano's input price (at its cheapest offering), the lowest of the three, marked best;
  // every cell marked best holds that same lowest price (with every provider on one model, Gemini
  // 2.5 Flash's cheapest offering can tie it).
  const input = facts.locator("tbody tr", { has: page.getByRole("rowheader", { name: "Input", exact: true }) });
  await expect(input.locator("td").first()).toHaveClass("best");
  const bestPrices = await input.locator("td.best").allTextContents();
  expect(bestPrices.length).toBeGreaterThanOrEqual(1);
  expect(new Set(bestPrices).size).toBe(1);
  expect(await chartModels(page)).toBe(3);
  // The calculator has one row per model, the cheapest marked once.
  await expect(page.locator("workload-calculator tbody tr")).toHaveCount(3);
  await expect(page.locator("workload-calculator .cheapest")).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("the calculator recomputes and says unknown rather than a lower number", async ({ page }) => {
  // First-party offerings, named in the URL, so the prices below are the curated ones.
  await page.goto(
    "/compare/?models=openai/gpt-4.1-nano@openai,anthropic/claude-haiku-4-5@anthropic,alibaba/qwen3-max@alibaba",
  );
  const calc = page.locator("workload-calculator");
  const nano = calc.locator('tr[data-id="openai/gpt-4.1-nano@openai"]');
  // 2,000 × $0.10 + 500 × $0.40 = $0.0004 per request; × 1,000 × 30 = $12.00 a month
  await expect(nano.locator("td").nth(1)).toContainText("$12.00");
  await calc.getByLabel("Requests sent as batch (%)").fill("100");
  // 2,000 × $0.05 + 500 × $0.20 = $0.0002; Qwen3 Max has no batch price in our sources: unknown.
  await expect(nano.locator("td").first()).toHaveText("$0.0002");
  await expect(calc.locator('tr[data-id="alibaba/qwen3-max@alibaba"] td').first()).toHaveText("unknown");
  await expect(calc.locator("tbody tr").last()).toHaveAttribute("data-id", "alibaba/qwen3-max@alibaba");
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

for (const path of [THREE, "/changes/", "/about/", "/value/"]) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path === THREE) await chartModels(page);
    await expectNoAxeViolations(page);
  });
}

test("a provider per model and the workload are kept in the URL, so a shared link reproduces them", async ({
  page,
}) => {
  await page.goto("/compare/?models=openai/gpt-4.1-nano,anthropic/claude-haiku-4-5");
  const picker = page.getByRole("combobox", { name: "Provider for GPT-4.1 nano" });
  await expect(picker).toHaveValue("");
  // The default is the creator's own offering, at its list price.
  await expect(picker.locator("option").first()).toHaveText("OpenAI (list price)");
  await picker.selectOption("openai/gpt-4.1-nano");
  await expect(page).toHaveURL(/models=openai\/gpt-4\.1-nano@openai\/gpt-4\.1-nano,anthropic\/claude-haiku-4-5/);
  const calculator = page.locator("workload-calculator");
  await calculator.getByLabel("Input tokens per request").fill("10000");
  await calculator.getByLabel("Requests per day").fill("500");
  await expect(page).toHaveURL(/[?&]in=10000(&|$)/);
  await expect(page).toHaveURL(/[?&]perDay=500(&|$)/);
  const url = page.url();
  await page.goto(url);
  await expect(calculator.getByLabel("Input tokens per request")).toHaveValue("10000");
  await expect(page.getByRole("combobox", { name: "Provider for GPT-4.1 nano" })).toHaveValue("openai/gpt-4.1-nano");
  // 10,000 × $0.10/1M + 500 × $0.40/1M = $0.0012 a request at OpenAI.
  await expect(calculator.locator("tbody tr", { hasText: "GPT-4.1 nano" }).locator("td").first()).toHaveText("$0.0012");
});
