import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const NANO = "/models/openai/gpt-4.1-nano/";

/** Whether the built index holds the whole catalog (the ranking journeys need the look-alike pages). */
async function isFullCatalog(request: import("@playwright/test").APIRequestContext): Promise<boolean> {
  const entry = await (await request.get("/pagefind/pagefind-entry.json")).json();
  return Object.values(entry.languages as Record<string, { page_count: number }>).some((l) => l.page_count > 1000);
}

test.describe("ranking on the full catalog", () => {
  for (const query of ["gpt-4.1 nano", "gpt 4.1 nano", "4.1-nano", "gpt-4.1-nano-2025-04-14", "GPT-4.1 nano"]) {
    test(`"${query}" puts GPT-4.1 nano first, in the header dropdown and on /search/`, async ({ page, request }) => {
      test.skip(
        !(await isFullCatalog(request)),
        "needs the full catalog build (npm run build without ATLAS_CURATED_ONLY)",
      );
      await page.goto("/providers/");
      const box = page.getByRole("combobox", { name: "Search models and providers" });
      await box.fill(query);
      const first = page.locator("#site-search-listbox [role=option]").first();
      await expect(first).toContainText("GPT-4.1 nano");
      await expect(first).not.toContainText("2025-04-14");
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator("[data-results] li a").first()).toHaveAttribute("href", NANO);
    });
  }
});

test.describe("a model named exactly as the query comes first on /search/", () => {
  for (const [query, href] of [
    ["o3", "/models/openai/o3/"],
    ["o1", "/models/openai/o1/"],
    ["GPT-4o", "/models/openai/gpt-4o/"],
  ] as const) {
    test(`"${query}"`, async ({ page, request }) => {
      test.skip(!(await isFullCatalog(request)), "needs the full catalog build");
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator("[data-results] li a").first()).toHaveAttribute("href", href);
    });
  }
});

test("keyboard only: / focuses the box, type, ArrowDown, Enter opens the profile", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search models and providers" });
  await page.keyboard.press("/");
  await expect(box).toBeFocused();
  await page.keyboard.type("gpt-4.1 nano");
  const listbox = page.getByRole("listbox", { name: "Search results" });
  await expect(listbox).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  const active = await box.getAttribute("aria-activedescendant");
  expect(active).toBeTruthy();
  await expect(page.locator(`#${active}`)).toHaveAttribute("aria-selected", "true");
  await expect(page.locator(`#${active}`)).toContainText("GPT-4.1 nano");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${NANO}$`));
  await expect(page.locator("h1")).toContainText("GPT-4.1 nano");
});

test("/ typed inside a field types a slash; Escape closes the dropdown", async ({ page }) => {
  await page.goto("/search/");
  const pageBox = page.getByLabel("Model, provider or id");
  await pageBox.focus();
  await page.keyboard.type("a/b");
  await expect(pageBox).toHaveValue("a/b");
  const box = page.getByRole("combobox", { name: "Search models and providers" });
  await box.fill("nano");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");
});

test("the header box fetches its name index on first use, not with the page, and never pagefind", async ({ page }) => {
  await page.goto(NANO, { waitUntil: "networkidle" });
  const requested = (part: string) =>
    page.evaluate((p) => performance.getEntriesByType("resource").some((e) => e.name.includes(p)), part);
  expect(await requested("/search/names.json"), "the name index was requested before the box was used").toBe(false);
  const box = page.getByRole("combobox", { name: "Search models and providers" });
  await box.focus();
  await expect.poll(() => requested("/search/names.json")).toBe(true);
  await box.fill("haiku 4.5");
  await expect(page.locator("#site-search-listbox [role=option]").first()).toContainText("Claude Haiku 4.5");
  await expect(page.locator("#site-search-listbox [role=option]").last()).toHaveText("All results for “haiku 4.5”");
  expect(await requested("/pagefind/"), "the header box loaded pagefind").toBe(false);
});

test("/search/: filters and sort round-trip through the URL", async ({ page }) => {
  await page.goto("/search/?q=gpt&creator=OpenAI&sort=price");
  await expect(page.getByLabel("Model, provider or id")).toHaveValue("gpt");
  await expect(page.getByLabel("Order")).toHaveValue("price");
  const openai = page.getByRole("checkbox", { name: /^OpenAI/ }).first();
  await expect(openai).toBeChecked();
  const results = page.locator("[data-results] li");
  await expect(results.first()).toBeVisible();
  // Every result is an OpenAI model, ordered by cheapest input price.
  const details = await results.locator(".detail").allTextContents();
  expect(details.length).toBeGreaterThan(1);
  for (const d of details) expect(d).toMatch(/^OpenAI · /);
  const prices = details
    .map((d) => d.match(/· (\$[\d.,]+|Free) in/)?.[1])
    .map((p) => (p === "Free" ? 0 : Number(p!.replace(/[$,]/g, ""))));
  expect(prices).toEqual([...prices].sort((a, b) => a - b));

  // Add a filter from the page: the URL follows, and a reload restores it.
  await page.locator("[data-filters] details", { hasText: "Capabilities" }).locator("summary").click();
  await page.getByRole("checkbox", { name: /^Reasoning/ }).check();
  await expect(page).toHaveURL(/[?&]capability=Reasoning/);
  await expect(page).toHaveURL(/\?q=gpt&creator=OpenAI&capability=Reasoning&sort=price$/);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^Reasoning/ })).toBeChecked();
  await expect(page.getByLabel("Order")).toHaveValue("price");
  await page.getByLabel("Order").selectOption("");
  await expect(page).toHaveURL(/\?q=gpt&creator=OpenAI&capability=Reasoning$/);
});

test("/search/ on a phone: the filters fold under Filters, so the first result is in view; filters in the URL open it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/search/?q=gpt-4.1");
  const panel = page.locator("details[data-filters-panel]");
  const fold = panel.locator("> summary");
  await expect(fold).toBeVisible();
  await expect(panel).not.toHaveAttribute("open");
  await expect(page.locator("[data-results] li").first()).toBeInViewport();
  await fold.click();
  await expect(page.getByRole("checkbox", { name: /^Model/ })).toBeVisible();

  await page.goto("/search/?q=gpt&creator=OpenAI");
  await expect(panel).toHaveAttribute("open");
  await expect(page.getByRole("checkbox", { name: /^OpenAI/ }).first()).toBeChecked();
});

test("/search/ explains that search needs JavaScript when it is off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search/");
  await expect(page.getByText("Search needs JavaScript")).toBeVisible();
  await expect(page.locator(".nojs a", { hasText: "All models" })).toHaveAttribute("href", "/models/");
  await expect(page.locator(".nojs a", { hasText: "Providers" })).toHaveAttribute("href", "/providers/");
  // The header box is a plain form to /search/.
  await page.goto(NANO);
  await page.getByRole("searchbox", { name: "Search models and providers" }).fill("nano");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=nano$/);
  await context.close();
});

test("axe: /search/ with results", async ({ page }) => {
  await page.goto("/search/?q=nano&type=Model");
  await expect(page.locator("[data-results] li").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("axe: a profile with the header dropdown open", async ({ page }) => {
  await page.goto(NANO);
  await page.getByRole("combobox", { name: "Search models and providers" }).fill("gpt-4.1");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeVisible();
  await expectNoAxeViolations(page);
});
