/**
 * The open-data files, built from a real fixture project: each parses with the zod schema it
 * publishes, carries an absolute `$schema`, the version and the licence; the bulk history has one
 * row per dated price entry with unknown kept apart from free; feeds, robots.txt, llms.txt and the
 * sitemap's lastmod say what they should.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCatalog } from "~/catalog/load-catalog";
import { buildViews } from "~/views/catalog-views";
import { ApiCatalog, ApiModel } from "~/schemas/api";
import { ApiIndex, ApiModelNames, ApiModelTable, ApiPriceHistoryRow } from "~/schemas/api-files";
import { catalogApiRecord, modelApiRecord } from "~/publish/api";
import { modelNamesFile, modelTableFile } from "~/publish/indexes";
import { PRICE_HISTORY_COLUMNS, priceHistoryCsvRows, priceHistoryRows, toJsonLines } from "~/publish/price-history";
import { apiEndpoints } from "~/publish/endpoints";
import { apiMeta } from "~/publish/api-meta";
import { changesFeed, providerChanges } from "~/publish/feeds";
import { llmsTxt, robotsTxt, sitemapLastmod } from "~/publish/crawl";
import { modelChanges } from "~/views/changes";
import { toCsv } from "~/publish/csv";

const SITE = new URL("https://example.org");
const dir = mkdtempSync(join(tmpdir(), "atlas-open-data-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The valid fixture, plus a third price entry: output free (0), cached input no longer published (unknown).
cpSync("tests/fixtures/validate/valid", dir, { recursive: true });
const offeringFile = join(dir, "content/curated/offerings/openai/gpt-4.1-nano.json");
const offering = JSON.parse(readFileSync(offeringFile, "utf8"));
offering.prices.push({
  from: "2025-06-01",
  input: 0.08,
  output: 0,
  source: { name: "OpenAI pricing", url: "https://openai.com/api/pricing/", retrieved: "2025-06-02", note: 'a, "b"' },
});
offering.verified = "2025-06-02";
writeFileSync(offeringFile, JSON.stringify(offering));
const { catalog, problems } = loadCatalog(dir, "2026-01-01");
const views = buildViews(catalog);
const model = views.byId.get("openai/gpt-4.1-nano")!;

describe("API files", () => {
  it("each parses with its schema and carries an absolute $schema, apiVersion 1 and the licence", () => {
    expect(problems.filter((p) => p.level === "error")).toEqual([]);
    const files: [string, { parse: (v: unknown) => unknown }, Record<string, unknown>][] = [
      ["catalog", ApiCatalog, catalogApiRecord(views, SITE)],
      ["api-model", ApiModel, modelApiRecord(model, views, SITE)],
      ["model-names", ApiModelNames, modelNamesFile(views, SITE)],
      ["model-table", ApiModelTable, modelTableFile(views, SITE)],
      [
        "api-index",
        ApiIndex,
        {
          ...apiMeta("api-index", SITE),
          endpoints: apiEndpoints(SITE).map(({ title: _t, ...e }) => e),
          deprecated: {},
        },
      ],
    ];
    for (const [name, schema, file] of files) {
      const json = JSON.parse(JSON.stringify(file));
      expect(() => schema.parse(json), name).not.toThrow();
      expect(json.$schema).toBe(`https://example.org/schemas/${name}.json`);
      expect(json.apiVersion).toBe(1);
      expect(json.dataLicense.name).toBe("CC-BY-4.0");
      expect(json.dataLicense.attribution).toMatch(/models\.dev.*MIT.*LiteLLM.*MIT/);
    }
  });

  it("keeps the record's own $schema (an editor path) out of the model file", () => {
    const json = JSON.parse(JSON.stringify(modelApiRecord(model, views, SITE)));
    expect(json.$schema).toBe("https://example.org/schemas/api-model.json");
    for (const o of json.offerings) expect(o.$schema).toBeUndefined();
  });
});

describe("price history", () => {
  const rows = priceHistoryRows(views);

  it("has one row per dated price entry of every offering, each valid, dated from → to", () => {
    const entries = [...catalog.offerings.values()].reduce((n, o) => n + o.data.prices.length, 0);
    expect(rows).toHaveLength(entries);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(() => ApiPriceHistoryRow.parse(r)).not.toThrow();
    expect(rows.map((r) => [r.from, r.to])).toEqual([
      ["2025-04-14", "2025-05-01"],
      ["2025-05-01", "2025-06-01"],
      ["2025-06-01", null],
    ]);
  });

  it("keeps unknown (null, empty cell) apart from free (0) and quotes the source note", () => {
    const last = rows[2]!;
    expect(last).toMatchObject({ input: 0.08, output: 0, cacheRead: null, sourceRetrieved: "2025-06-02" });
    const csv = toCsv(priceHistoryCsvRows(rows)).split("\r\n");
    expect(csv[0]!.split(",")).toEqual(PRICE_HISTORY_COLUMNS);
    expect(csv[3]).toContain("openai/gpt-4.1-nano,openai,openai/gpt-4.1-nano,gpt-4.1-nano,active,2025-06-01,,0.08,0,,");
    expect(csv[3]).toContain(`"a, ""b"""`);
    const lines = toJsonLines(rows).split("\n");
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[2]!)).toEqual(last);
  });
});

describe("feeds and crawling", () => {
  it("a model feed and a provider feed list that subject's changes, with links under the site and the licence", () => {
    const feed = changesFeed(modelChanges(model), {
      site: SITE,
      self: "/models/openai/gpt-4.1-nano/changes.xml",
      alternate: "/models/openai/gpt-4.1-nano/",
      title: "GPT-4.1 nano",
    });
    expect(feed).toContain(
      `<link rel="self" type="application/atom+xml" href="https://example.org/models/openai/gpt-4.1-nano/changes.xml"/>`,
    );
    expect(feed).toContain("<rights>Model Atlas, CC BY 4.0.");
    expect(feed.match(/<entry>/g)).toHaveLength(modelChanges(model).length);
    expect(providerChanges(views, "openai").length).toBe(modelChanges(model).length);
    expect(providerChanges(views, "nobody")).toEqual([]);
  });

  it("robots.txt names the sitemap, llms.txt lists every endpoint, lastmod is the newest check", () => {
    expect(robotsTxt(SITE)).toContain("Sitemap: https://example.org/sitemap.xml");
    const llms = llmsTxt(views, SITE);
    for (const e of apiEndpoints(SITE)) expect(llms).toContain(e.example);
    expect(sitemapLastmod(views)).toMatchObject({
      "models/openai/gpt-4.1-nano/": "2025-06-02",
      "providers/openai/": "2025-06-02",
    });
  });
});
