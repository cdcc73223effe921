/**
 * Open data as a developer meets it on the built site: the /api/ page and every endpoint it
 * documents, `$schema` on every JSON file, feeds announced by the pages, share cards that load,
 * and the files crawlers read.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const SITE = "https://modelatlas.dev"; // the default ATLAS_SITE the test build uses
const local = (url: string) => url.replace(SITE, "");

test("/api/ documents every endpoint with a working example and schema", async ({ page, request }) => {
  await page.goto("/api/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API and open data");
  await expect(page.getByRole("heading", { name: "Version and stability" })).toBeVisible();
  const index = await (await request.get("/api/index.json")).json();
  expect(index.endpoints.length).toBeGreaterThanOrEqual(12);
  for (const e of index.endpoints as { path: string; example: string; schema?: string }[]) {
    await expect(page.locator(".endpoint").filter({ hasText: e.path }).first()).toBeVisible();
    await expect(page.locator(`a[href="${e.example}"]`).first()).toBeAttached();
    const example = await request.get(local(e.example));
    expect(example.status(), e.example).toBe(200);
    if (e.schema) expect((await request.get(local(e.schema))).status(), e.schema).toBe(200);
  }
  await expectNoAxeViolations(page);
});

test("every kind of JSON file under /api/ has an absolute $schema, apiVersion 1 and the licence", async ({
  request,
}) => {
  for (const path of [
    "/api/index.json",
    "/api/catalog.json",
    "/api/models/openai/gpt-4.1-nano.json",
    "/api/model-names.json",
    "/api/model-table.json",
    "/api/model-index.json",
    "/api/models-index.json",
  ]) {
    const json = await (await request.get(path)).json();
    expect(json.$schema, path).toMatch(/^https:\/\/.+\/schemas\/[a-z-]+\.json$/);
    expect((await request.get(local(json.$schema))).status(), json.$schema).toBe(200);
    expect(json.apiVersion, path).toBe(1);
    expect(json.dataLicense.name, path).toBe("CC-BY-4.0");
  }
});

test("the price history is one row per dated price entry, and matches a model's own file", async ({ request }) => {
  const csv = (await (await request.get("/api/price-history.csv")).text()).trimEnd().split("\r\n");
  const lines = (await (await request.get("/api/price-history.jsonl")).text()).trimEnd().split("\n");
  expect(csv.length - 1).toBe(lines.length);
  const model = await (await request.get("/api/models/openai/gpt-4.1-nano.json")).json();
  const entries = (model.offerings as { id: string; prices: { from: string; input?: number }[] }[]).flatMap((o) =>
    o.prices.map((p) => ({ offering: o.id, from: p.from, input: p.input ?? null })),
  );
  const rows = lines.map((l) => JSON.parse(l)).filter((r) => r.model === "openai/gpt-4.1-nano");
  expect(rows.map((r) => ({ offering: r.offering, from: r.from, input: r.input }))).toEqual(entries);
});

test("profiles and provider pages announce their feed and a share card that loads", async ({ page, request }) => {
  for (const [path, feed] of [
    ["/models/openai/gpt-4.1-nano/", "/models/openai/gpt-4.1-nano/changes.xml"],
    ["/providers/openai/", "/providers/openai/changes.xml"],
  ]) {
    await page.goto(path!);
    await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${feed}"]`)).toBeAttached();
    const xml = await request.get(feed!);
    expect(xml.headers()["content-type"]).toContain("xml");
    expect(await xml.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    const png = await request.get(local(image!));
    expect(png.status(), image!).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
  }
  await page.goto("/models/openai/gpt-4.1-nano/");
  const edit = page.locator("#edit");
  await expect(
    edit.getByRole("link", { name: /content\/.*models\/openai\/gpt-4\.1-nano\.json/ }).first(),
  ).toHaveAttribute(
    "href",
    /^https:\/\/github\.com\/.+\/(blob|edit)\/main\/content\/.+\/models\/openai\/gpt-4\.1-nano\.json$/,
  );
});

test("robots.txt names the sitemap, which has lastmod; llms.txt, the manifest and its icons exist", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(
    /<loc>https:\/\/modelatlas\.dev\/models\/openai\/gpt-4\.1-nano\/<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/,
  );
  expect(await (await request.get("/llms.txt")).text()).toContain("/api/price-history.csv");
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  for (const icon of manifest.icons as { src: string }[])
    expect((await request.get(`/${icon.src}`)).status(), icon.src).toBe(200);
  expect((await request.get("/og/site.png")).status()).toBe(200);
});
