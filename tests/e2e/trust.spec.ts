import { expect, test } from "@playwright/test";

test("a price filled from a provider-wide rule names its source beside the price", async ({ page }) => {
  await page.goto("/models/anthropic/claude-opus-4-20250514/");
  const row = page.locator('section[aria-labelledby="pricing"] tr[data-provider="anthropic"]').first();
  await expect(row).toContainText("$7.50");
  const note = row.locator(".field-source", { hasText: "Batch input, Batch output" });
  await expect(note.getByRole("link")).toHaveAttribute("href", /platform\.claude\.com/);
});

test("a second source that disagrees is shown with both prices and dates, and the price in force stays", async ({
  page,
}) => {
  await page.goto("/models/moonshotai/kimi-k2.6/");
  const list = page.getByTestId("source-disagreements");
  await expect(list).toContainText("LiteLLM price file lists $0.954 since May 29, 2026; the table shows $0.95");
  await expect(page.locator('section[aria-labelledby="pricing"] tr[data-provider="moonshotai"]').first()).toContainText(
    "$0.95",
  );
});

test("a unit error upstream is held for review, not shown as the price", async ({ page }) => {
  await page.goto("/models/meta/llama-3.1-8b-instruct/");
  await expect(page.getByTestId("held-prices")).toContainText("upstream lists $280,000.00 input");
  await expect(page.locator('section[aria-labelledby="pricing"] table')).not.toContainText("280,000");
});

test("the data-quality page reports the cross-check against the second source", async ({ page }) => {
  await page.goto("/data-quality/");
  await expect(page.getByTestId("cross-check")).toContainText(
    /live first-party offerings the LiteLLM price file lists/,
  );
  await expect(page.getByTestId("disagreements")).toContainText("moonshotai/kimi-k2.6");
  // A difference a curated decision checked against a third source is listed as confirmed, and counted.
  await expect(page.getByTestId("cross-check")).toContainText(/agree or confirmed: \d+/);
  await expect(
    page.getByTestId("cross-check-differences").locator("li", { hasText: "moonshotai/kimi-k2.6" }),
  ).toContainText("ours confirmed by Hivebook");
  // …and so is one whose entry a curated record wrote from the page it cites.
  await expect(
    page.getByTestId("cross-check-differences").locator("li", { hasText: "google/gemini-flash-latest" }),
  ).toContainText("ours confirmed by Gemini Developer API pricing page");
  await expect(
    page.getByTestId("cross-check-differences").locator("li", { hasText: "google/gemini-flash-lite-latest" }),
  ).not.toContainText("confirmed");
});
