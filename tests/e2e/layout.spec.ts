import { expect, test } from "@playwright/test";

// Every page type at the narrowest supported width: nothing may scroll the page sideways
// (wide tables scroll inside their own box).
const PAGES = [
  "/",
  "/models/",
  "/models/openai/gpt-4.1-nano/",
  "/models/deepseek/deepseek-chat/",
  "/providers/",
  "/providers/openai/",
  "/families/gpt-4.1/",
  "/benchmarks/",
  "/benchmarks/gpqa-diamond/",
  "/search/?q=gpt",
  "/compare/?models=openai/gpt-4.1-nano,anthropic/claude-haiku-4-5,google/gemini-2.5-flash",
  "/value/",
  "/find/?input=image&cap=toolCalling&context=128000",
  "/changes/",
  "/about/",
];

test.use({ viewport: { width: 360, height: 740 } });

for (const path of PAGES) {
  test(`${path} fits a 360 px screen`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
}
