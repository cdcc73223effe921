/** The changes page and its Atom feed. */
import { expect, test } from "@playwright/test";

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
  // With JavaScript the provider select stands alone (its stand-in link is hidden), filled from
  // /changes/providers.json: the page itself writes only "All providers".
  const select = page.locator("changes-provider select");
  await expect(select).toBeVisible();
  await expect(page.locator(".provider-index")).toBeHidden();
  await expect.poll(() => select.locator("option").count()).toBeGreaterThan(100);
  await page.getByRole("link", { name: "Price changes" }).click();
  await expect(page).toHaveURL(/\/changes\/kind\/price\/$/);
  await expect(page.locator("ol.changes li").first()).toBeVisible();
  // The provider of the newest price change: its filtered listing starts with that change.
  const first = (await page.locator("ol.changes li").first().locator("code").textContent())!;
  const provider = first.split("/")[0]!;
  // The filters combine: choosing a provider keeps the kind.
  await page.locator("changes-provider select").selectOption(provider);
  await expect(page).toHaveURL(new RegExp(`/changes/provider/${provider}/kind/price/$`));
  // The provider's listing shows it chosen, among all the others once they are added.
  await expect.poll(() => select.locator("option").count()).toBeGreaterThan(100);
  await expect(select).toHaveValue(provider);
  await expect(page.locator("ol.changes li code", { hasText: first }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Price changes", exact: true })).toHaveAttribute("aria-current", "page");
  // "All kinds" keeps the provider.
  await page.getByRole("link", { name: "All kinds" }).click();
  await expect(page).toHaveURL(new RegExp(`/changes/provider/${provider}/$`));
});

test("a paid price listed as free and priced again is a data correction, not a price change", async ({ request }) => {
  const feed = await (await request.get("/changes.xml")).text();
  const page = await (await request.get("/changes/kind/price/")).text();
  for (const text of [feed, page]) expect(text).not.toMatch(/price change: [^<]*→ Free/);
  const corrections = await (await request.get("/changes/kind/correction/")).text();
  expect(corrections).toMatch(/data glitch|listed as free/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the changes page links to a table of every provider's listings instead of the select", async ({ page }) => {
    await page.goto("/changes/kind/price/");
    await expect(page.locator("changes-provider select")).toBeHidden();
    await page.getByRole("link", { name: "Filter by provider" }).click();
    await expect(page).toHaveURL(/\/changes\/providers\/$/);
    const row = page.locator("tbody tr", { has: page.getByRole("rowheader", { name: "OpenAI", exact: true }) });
    await expect(row.getByRole("link", { name: "OpenAI" })).toHaveAttribute("href", /\/changes\/provider\/openai\/$/);
    // The price changes column: a count linking to OpenAI's price changes.
    const price = row.locator("td").nth(1).getByRole("link");
    await expect(price).toHaveText(/^[\d,]+$/);
    await price.click();
    await expect(page).toHaveURL(/\/changes\/provider\/openai\/kind\/price\/$/);
    await expect(page.locator("ol.changes li").first()).toBeVisible();
  });
});
