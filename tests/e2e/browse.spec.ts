import { expect, test, type Page } from "@playwright/test";
import { PAGE_SIZE, type BrowseRow } from "~/shared/browse-state";
import { decodeIndex, type CompactIndex } from "~/shared/browse-index";
import { formatTokenPrice } from "~/shared/format";
import { expectNoAxeViolations } from "./axe";

let rows: BrowseRow[];
test.beforeAll(async ({ request }) => {
  const response = await request.get("/api/model-table.json");
  expect(response.ok()).toBe(true);
  rows = decodeIndex((await response.json()) as CompactIndex);
});
const byId = (id: string) => rows.find((r) => r.id === id);
// The catalog's default order (a design decision of issue 13): most providers first, then by name, then id.
const defaultOrder = (a: BrowseRow, b: BrowseRow) =>
  b.providers.length - a.providers.length || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);
const live = (r: BrowseRow) => r.status !== "retired" && r.status !== "delisted";
const visibleIds = (page: Page) =>
  page.locator("model-browser tbody tr[data-id]").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")!));
const ready = (page: Page) => expect(page.locator("model-browser table")).not.toHaveAttribute("aria-busy", "true");

test("image input + tool calling + input ≤ $0.20 lists only matching models, and the URL reproduces the view", async ({
  page,
}) => {
  await page.goto("/models/");
  const form = page.getByRole("form", { name: "Filter models" });
  await form.getByRole("combobox", { name: /^Input/ }).selectOption("image");
  await form.getByLabel("Tool calling").check();
  await form.getByLabel("Input ≤").fill("0.2");
  await expect(page).toHaveURL(/input=image/);
  await expect(page).toHaveURL(/cap=toolCalling/);
  await expect(page).toHaveURL(/maxInput=0\.2/);
  await ready(page);

  // Expected from the data itself, independently of the page's filter code.
  const expected = rows
    .filter(
      (r) =>
        live(r) &&
        r.modalitiesIn?.includes("image") &&
        r.caps.includes("toolCalling") &&
        r.input !== null &&
        r.input <= 0.2,
    )
    .sort(defaultOrder);
  expect(expected.length).toBeGreaterThan(0);
  const shown = await visibleIds(page);
  expect(shown.length).toBe(Math.min(PAGE_SIZE, expected.length));
  for (const id of shown) {
    const r = byId(id)!;
    expect(r, id).toBeTruthy();
    expect(r.modalitiesIn, id).toContain("image");
    expect(r.caps, id).toContain("toolCalling");
    expect(r.input, id).not.toBeNull();
    expect(r.input!, id).toBeLessThanOrEqual(0.2);
  }
  expect(shown).toEqual(expected.slice(0, PAGE_SIZE).map((r) => r.id));
  await expect(page.locator("model-browser .count")).toContainText(
    `of ${expected.length.toLocaleString("en-US")} matching`,
  );

  // The printed prices are the data's prices.
  const firstPrice = await page.locator("model-browser tbody tr").first().locator("td").nth(0).textContent();
  expect(firstPrice).toBe(formatTokenPrice(expected[0]!.input));

  await page.reload();
  await ready(page);
  expect(await visibleIds(page)).toEqual(shown);
  await expect(form.getByRole("combobox", { name: /^Input/ })).toHaveValue("image");
  await expect(form.getByLabel("Tool calling")).toBeChecked();
  await expect(form.getByLabel("Input ≤")).toHaveValue("0.2");
});

test("sorting by a column header puts unknown values last, both ways, and lands in the URL", async ({ page }) => {
  await page.goto("/models/");
  const header = page.getByRole("columnheader", { name: /Context/ });
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=-context/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await ready(page);
  const desc = (await visibleIds(page)).map((id) => byId(id)!.context);
  const known = rows
    .filter((r) => live(r) && r.context !== null)
    .map((r) => r.context!)
    .sort((a, b) => b - a);
  expect(desc).toEqual(known.slice(0, desc.length));

  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=context(&|$)/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await ready(page);
  const asc = (await visibleIds(page)).map((id) => byId(id)!.context);
  expect(asc).toEqual([...known].reverse().slice(0, asc.length));

  // The last page ends with the models whose context is unknown.
  const unknown = rows.filter((r) => live(r) && r.context === null).length;
  if (unknown) {
    await page.locator("model-browser .pager a[data-page]").filter({ hasText: /^\d+$/ }).last().click();
    await ready(page);
    const last = await visibleIds(page);
    expect(byId(last[last.length - 1]!)!.context).toBeNull();
  }
});

test("a shared URL sets the controls and the rows", async ({ page }) => {
  await page.goto("/models/?creator=openai&cap=toolCalling&maxInput=0.2&sort=-context");
  await ready(page);
  const form = page.getByRole("form", { name: "Filter models" });
  await expect(form.getByLabel("Creator")).toHaveValue("openai");
  await expect(form.getByLabel("Tool calling")).toBeChecked();
  await expect(form.getByLabel("Input ≤")).toHaveValue("0.2");
  await expect(page.getByRole("columnheader", { name: /Context/ })).toHaveAttribute("aria-sort", "descending");
  const shown = (await visibleIds(page)).map((id) => byId(id)!);
  expect(shown.length).toBeGreaterThan(0);
  for (const r of shown) {
    expect(r.creator).toBe("openai");
    expect(r.caps).toContain("toolCalling");
    expect(r.input).not.toBeNull();
    expect(r.input!).toBeLessThanOrEqual(0.2);
  }
  const contexts = shown.map((r) => r.context);
  const firstUnknown = contexts.indexOf(null);
  const knownPart = (firstUnknown === -1 ? contexts : contexts.slice(0, firstUnknown)) as number[];
  expect(knownPart).toEqual([...knownPart].sort((a, b) => b - a));
  if (firstUnknown !== -1) expect(contexts.slice(firstUnknown).every((c) => c === null)).toBe(true);

  // Clearing the filters returns to the default view and the bare URL.
  await form.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/models\/\?sort=-context$/);
});

test("retired models are hidden until asked for", async ({ page }) => {
  await page.goto("/models/?sort=status&retired=1");
  await ready(page);
  const retired = rows.filter((r) => !live(r)).length;
  await expect(page.locator("model-browser .count")).toContainText(`of ${rows.length.toLocaleString("en-US")}`);
  await page.getByLabel("Show retired models").uncheck();
  await ready(page);
  await expect(page.locator("model-browser .count")).toContainText(
    `of ${(rows.length - retired).toLocaleString("en-US")}`,
  );
  const ids = await visibleIds(page);
  expect(ids.every((id) => live(byId(id)!))).toBe(true);
});

test("the pager moves through pages in the browser and keeps the page in the URL", async ({ page }) => {
  test.skip(rows.filter(live).length <= PAGE_SIZE, "one page only");
  await page.goto("/models/");
  const first = await visibleIds(page);
  await page.locator("model-browser .pager").getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/\/models\/\?page=2$/);
  await ready(page);
  const second = await visibleIds(page);
  expect(second.length).toBeGreaterThan(0);
  expect(second.some((id) => first.includes(id))).toBe(false);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain listing pages reach every model that is not retired", async ({ page, request }) => {
    await page.goto("/models/");
    await expect(page.getByRole("form", { name: "Filter models" })).toBeHidden();
    const firstPage = await visibleIds(page);
    const listed = rows.filter(live).sort(defaultOrder);
    expect(firstPage).toEqual(listed.slice(0, PAGE_SIZE).map((r) => r.id));
    const pages = Math.ceil(listed.length / PAGE_SIZE);
    if (pages > 1) {
      await page.locator(".pager").getByRole("link", { name: "Next →" }).click();
      await expect(page).toHaveURL(/\/models\/page\/2\/$/);
      expect(await visibleIds(page)).toEqual(listed.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((r) => r.id));
    }
    const seen: string[] = [...firstPage];
    for (let p = 2; p <= pages; p++) {
      const html = await (await request.get(`/models/page/${p}/`)).text();
      seen.push(...[...html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]!));
    }
    expect(seen).toEqual(listed.map((r) => r.id));
  });
});

test.describe("axe", () => {
  for (const path of [
    "/models/",
    "/models/?input=image&cap=toolCalling&maxInput=0.2",
    "/families/",
    "/families/gpt-4.1/",
    "/benchmarks/",
    "/benchmarks/aider-polyglot/",
  ]) {
    test(`no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (path.startsWith("/models/")) await ready(page);
      await expectNoAxeViolations(page);
    });
  }
});

test("family and leaderboard pages link up", async ({ page }) => {
  await page.goto("/models/openai/gpt-4.1-nano/");
  await page.getByRole("link", { name: "gpt-4.1", exact: true }).click();
  await expect(page).toHaveURL("/families/gpt-4.1/");
  await expect(page.getByRole("rowheader", { name: /GPT-4.1 nano/ })).toBeVisible();

  await page.goto("/benchmarks/");
  await page.getByRole("link", { name: "Aider Polyglot" }).click();
  await expect(page).toHaveURL("/benchmarks/aider-polyglot/");
  const ranks = await page.locator("tbody tr td:first-child").allTextContents();
  expect(ranks.map(Number)).toEqual([...ranks.map(Number)].sort((a, b) => a - b));
  await expect(page.locator("tbody tr.leader").first()).toContainText("Value leader");
});

test("a profile in a large family shows the nearest siblings and links to the whole family", async ({ page }) => {
  await page.goto("/models/alibaba/qwen-2.5-coder-32b/");
  const family = page.locator("section[aria-labelledby=compared] table").first();
  await expect(family.locator("caption")).toContainText(/qwen family: the 12 most like this model of \d+/);
  await expect(family.locator("tbody tr")).toHaveCount(13);
  const all = page.getByRole("link", { name: /^All \d+ models of the qwen family$/ });
  await all.click();
  await expect(page).toHaveURL("/families/qwen/");
});

test("the listing tables' captions keep the spaces around their figures and names", async ({ page }) => {
  // Prettier's Astro plugin once joined `{count} providers` into "278providers" on five pages.
  const captions: [string, RegExp][] = [
    ["/providers/", /^\d+ providers$/],
    ["/benchmarks/", /^\d+ benchmarks, by category$/],
    ["/families/", /^\d+ families, by name\. Price is/],
    ["/families/qwen/", /^The qwen family side by side$/],
    ["/value/", /^\d+ models by blended price, with their [\w -]+ score;/],
    ["/changes/providers/", /^\d+ providers with changes, by name$/],
  ];
  for (const [path, caption] of captions) {
    await page.goto(path);
    await expect(page.locator("caption").first(), path).toHaveText(caption);
  }
});
