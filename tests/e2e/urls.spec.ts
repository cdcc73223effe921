import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// URLs stay alive: every model and provider URL of the build of 2026-12-01 (before canonical model
// identity, tests/fixtures/urls/) resolves in today's build, to a page or to a static redirect page
// (meta refresh and rel=canonical to the canonical model, out of the sitemap and the search index),
// and every model's API file resolves too (a redirect entry names the canonical id).
const read = (f: string) => readFileSync(`tests/fixtures/urls/${f}`, "utf8").split("\n").filter(Boolean);
const MODEL_URLS = read("model-urls-2026-12-01.txt");
const PROVIDER_URLS = read("provider-urls-2026-12-01.txt");
const html = (url: string) => `dist${url}index.html`;
const refreshTarget = (text: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(text)?.[1];

test("the fixtures are today's lists", () => {
  expect(MODEL_URLS.length).toBe(5751);
  expect(PROVIDER_URLS.length).toBe(169);
});

test("every model URL of 2026-12-01 resolves to a page or a redirect to a live page, with its API file", () => {
  const problems: string[] = [];
  const sitemap = readFileSync("dist/sitemap.xml", "utf8");
  let redirects = 0;
  for (const url of MODEL_URLS) {
    if (!existsSync(html(url))) {
      problems.push(`${url}: no page`);
      continue;
    }
    const text = readFileSync(html(url), "utf8");
    const id = url.slice("/models/".length, -1);
    const api = JSON.parse(readFileSync(`dist/api/models/${id}.json`, "utf8")) as { id: string; redirect?: string };
    const target = refreshTarget(text);
    if (!target) {
      if (api.redirect) problems.push(`${url}: a page, but its API file redirects`);
      continue;
    }
    redirects++;
    const targetText = existsSync(html(target)) ? readFileSync(html(target), "utf8") : undefined;
    if (!targetText) problems.push(`${url}: redirects to ${target}, which has no page`);
    else if (refreshTarget(targetText)) problems.push(`${url}: redirects to ${target}, itself a redirect`);
    if (!new RegExp(`<link rel="canonical" href="[^"]*${target.replace(/[.]/g, "\\.")}"`).test(text))
      problems.push(`${url}: no rel=canonical to ${target}`);
    if (text.includes("data-pagefind-body")) problems.push(`${url}: a redirect page in the search index`);
    if (sitemap.includes(`${url}<`)) problems.push(`${url}: a redirect page in the sitemap`);
    if (`/models/${api.redirect}/` !== target) problems.push(`${url}: API redirect ${api.redirect} ≠ page ${target}`);
  }
  expect(problems.slice(0, 20)).toEqual([]);
  // The point of the change: many old ids are now one model.
  expect(redirects).toBeGreaterThan(1000);
});

test("every provider URL of 2026-12-01 resolves", () => {
  expect(PROVIDER_URLS.filter((url) => !existsSync(html(url)))).toEqual([]);
});

test("an old model URL lands on its canonical page in the browser", async ({ page }) => {
  await page.goto("/models/anthropic/claude-4.5-haiku/");
  await expect(page).toHaveURL(/\/models\/anthropic\/claude-haiku-4-5\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Claude Haiku 4.5");
});
