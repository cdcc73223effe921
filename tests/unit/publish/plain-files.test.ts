import { describe, expect, it } from "vitest";
import { buildViews } from "~/views/catalog-views";
import { plainFiles, redirectPage } from "~/publish/plain-files";
import { catalogOf, source } from "../factories";

describe("redirectPage", () => {
  const html = redirectPage('A <"b"> & c', { id: "openai/gpt-4.1", name: "GPT-4.1" }, "https://example.org/");

  it("refreshes to the canonical page, names it canonical and keeps it out of search engines", () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/models/openai/gpt-4.1/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/models/openai/gpt-4.1/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<meta name="atlas-redirect" content="openai/gpt-4.1">');
  });

  it("escapes the names it shows", () => {
    expect(html).toContain("<title>A &lt;&quot;b&quot;&gt; &amp; c: see GPT-4.1</title>");
    expect(html).not.toContain('<"b">');
  });
});

describe("plainFiles", () => {
  const c = catalogOf({
    providers: { openai: {} },
    models: { "openai/a": { name: "A" }, "openai/a-old": { name: "A (old id)", mergedInto: "openai/a" } },
    offerings: {
      "openai/a": {
        model: "openai/a",
        apiId: "a",
        prices: [{ from: "2026-01-01", input: 1, output: 2, source: source() }],
      },
    },
  });
  // The factory keeps merged ids among the models; the loader moves them to `redirects`.
  c.redirects = new Map([["openai/a-old", c.models.get("openai/a-old")!]]);
  c.models.delete("openai/a-old");
  const files = new Map([...plainFiles(buildViews(c), "https://example.org/")].map((f) => [f.path, f.body]));

  it("writes the catalog's files, each model's API file and feed, and each merged id's page and API file", () => {
    expect([...files.keys()].sort()).toEqual([
      "api/catalog.csv",
      "api/catalog.json",
      "api/data-quality.json",
      "api/find-ended.json",
      "api/find.json",
      "api/index.json",
      "api/model-index.json",
      "api/model-names.json",
      "api/model-table.json",
      "api/models-index.json",
      "api/models/openai/a-old.json",
      "api/models/openai/a.json",
      "api/price-history.csv",
      "api/price-history.jsonl",
      "changes.xml",
      "changes/providers.json",
      "llms.txt",
      "models/openai/a-old/index.html",
      "models/openai/a/changes.xml",
      "providers/openai/changes.xml",
      "robots.txt",
      "search/names.json",
    ]);
    expect(JSON.parse(files.get("api/models/openai/a-old.json")!)).toMatchObject({
      id: "openai/a-old",
      redirect: "openai/a",
    });
    expect(files.get("models/openai/a-old/index.html")).toContain("url=/models/openai/a/");
    expect(files.get("models/openai/a/changes.xml")).toContain("<feed");
    expect(JSON.parse(files.get("changes/providers.json")!)).toEqual([
      { id: "openai", name: expect.any(String), kinds: { added: expect.any(Number) } },
    ]);
  });

  it("keeps the deprecated names' content the same as their new names'", () => {
    expect(files.get("api/model-index.json")).toBe(files.get("api/model-names.json"));
    expect(files.get("api/models-index.json")).toBe(files.get("api/model-table.json"));
  });

  it("gives each provider a feed of its own and the price history one row per dated price", () => {
    expect(files.get("providers/openai/changes.xml")).toContain(
      "<entry>\n    <id>tag:example.org,2026-01-01:added/openai/a</id>",
    );
    expect(
      files
        .get("api/price-history.jsonl")!
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toMatchObject([{ offering: "openai/a", from: "2026-01-01", input: 1, output: 2 }]);
  });
});
