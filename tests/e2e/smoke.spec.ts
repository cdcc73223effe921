import { expect, test } from "@playwright/test";

test("the home page has a heading and links to a model profile", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator('a[href="/models/openai/gpt-4.1-nano/"]').first()).toBeVisible();
});
