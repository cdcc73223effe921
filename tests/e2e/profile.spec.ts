import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const NANO = "/models/openai/gpt-4.1-nano/";

test("home → profile → the chart draws → the table holds the same numbers", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));

  await page.goto("/");
  await page.getByRole("link", { name: "GPT-4.1 nano", exact: true }).first().click();
  await expect(page).toHaveURL(NANO);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("GPT-4.1 nano");

  // chart.js is not loaded on first view: only once the chart nears the viewport.
  const chartRequests: string[] = [];
  page.on("request", (r) => /chart/i.test(r.url()) && r.url().endsWith(".js") && chartRequests.push(r.url()));
  const chart = page.locator("price-history-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute("data-ready", "", { timeout: 10_000 });
  expect(chartRequests.length).toBeGreaterThan(0);

  // The chart's OpenAI line carries the same numbers as the OpenAI history table (the chart's data
  // is one line per offering, [from, input, output] per dated price; issue 13 redesign).
  const data = await page.evaluate(() => {
    const canvas = document.querySelector("price-history-chart canvas") as HTMLCanvasElement;
    const json = JSON.parse(
      document.querySelector("price-history-chart script[type='application/json']")!.textContent!,
    );
    return {
      drawn: canvas.width > 0 && canvas.height > 0,
      lines: json.lines as { id: string; name: string; prices: [string, number | null, number | null][] }[],
    };
  });
  expect(data.drawn).toBe(true);
  const openai = data.lines.find((l) => l.id === "openai/gpt-4.1-nano")!;
  expect(openai.prices[0]).toEqual(["2025-04-14", 0.1, 0.4]);
  // The creator's own line is drawn by default.
  await expect(chart.locator('.lines input[value="openai/gpt-4.1-nano"]')).toBeChecked();
  const details = page.locator("details.history-item", { has: page.locator("summary", { hasText: "OpenAI" }) }).first();
  await expect(details).toHaveAttribute("open", "");
  const firstRow = details.locator("tbody tr").first();
  await expect(firstRow.locator("th")).toHaveText("Apr 14, 2025");
  const cells = await firstRow.locator("td").allTextContents();
  expect(cells.slice(0, 5)).toEqual(["$0.10", "$0.025", "$0.40", "$0.05", "$0.20"]);
  expect(errors).toEqual([]);
});

test("the profile shows every GPT-4.1 nano fact", async ({ page }) => {
  await page.goto(NANO);
  const main = page.locator("main");
  for (const text of [
    "1,047,576",
    "32,768",
    "June 2024",
    "Apr 14, 2025",
    "text + image + pdf → text",
    "gpt-4.1-nano-2025-04-14",
    "Chat Completions, Responses, Assistants, Batch, Fine-tuning",
    "150,000,000",
    "15,000,000,000",
    "80.1%",
    "50.3%",
    "9.8%",
    "531 ms",
    "111 tokens/s",
  ]) {
    await expect(main).toContainText(text);
  }
  const openaiRow = page
    .locator("section[aria-labelledby=pricing] price-units tbody tr")
    .filter({ has: page.getByRole("rowheader", { name: /OpenAI/ }) })
    .first();
  await expect(openaiRow).toContainText("$0.10");
  await expect(openaiRow).toContainText("$0.025");
  await expect(openaiRow).toContainText("$0.40");
  await expect(openaiRow).toContainText("$0.05");
  await expect(openaiRow).toContainText("$0.20");
  for (const [name, value] of [
    ["Fine-tuning", "Yes"],
    ["Distillation", "No"],
    ["Predicted outputs", "Yes"],
    ["Structured outputs", "Yes"],
  ] as const) {
    await expect(page.locator(".caps li", { hasText: name }).first()).toContainText(value);
  }
});

test("the per-1K toggle and the workload calculator work", async ({ page }) => {
  await page.goto(NANO);
  const openaiInput = page
    .locator("section[aria-labelledby=pricing] price-units tbody tr")
    .first()
    .locator("td")
    .first();
  await expect(openaiInput).toHaveText("$0.10");
  await page.getByRole("button", { name: "per 1K tokens" }).click();
  await expect(openaiInput).toHaveText("$0.0001");
  const calculator = page.locator("workload-calculator");
  const perRequest = calculator.locator('tr[data-id="openai/gpt-4.1-nano"] td').first();
  await calculator.getByLabel("Input tokens per request").fill("10000");
  await calculator.getByLabel("Output tokens per request").fill("2000");
  // 10,000 × $0.10/1M + 2,000 × $0.40/1M
  await expect(perRequest).toHaveText("$0.0018");
  // Half the input from cache: 5,000 × $0.10 + 5,000 × $0.025 + 2,000 × $0.40 per 1M
  await calculator.getByLabel("Input read from cache (%)").fill("50");
  await expect(perRequest).toHaveText("$0.00143");
});

test("pages work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(NANO);
  await expect(page.locator("section[aria-labelledby=pricing] table").first()).toContainText("$0.025");
  await expect(page.locator(".history-item").first()).toContainText("Apr 14, 2025");
  await context.close();
});

for (const path of ["/", NANO, "/providers/openai/", "/providers/", "/models/"]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
