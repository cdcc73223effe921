import { describe, expect, it } from "vitest";
import { atomFeed, escapeXml, sitemapXml } from "~/publish/xml";

describe("escapeXml", () => {
  it("escapes the five special characters and drops control characters", () => {
    expect(escapeXml(`A & B <c> "d" 'e'`)).toBe("A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
    expect(escapeXml("bell\u0007 tab\t")).toBe("bell tab\t");
  });
});

describe("atomFeed", () => {
  const feed = atomFeed({
    id: "https://example.org/changes/",
    title: "Changes",
    self: "https://example.org/changes.xml",
    alternate: "https://example.org/changes/",
    author: "Atlas",
    entries: [
      {
        id: "tag:example.org,2026-02-01:a",
        title: "Price <cut> & more",
        link: "https://example.org/m/?a=1&b=2",
        date: "2026-02-01",
        summary: "x",
      },
      {
        id: "tag:example.org,2026-01-01:b",
        title: "Older",
        link: "https://example.org/n/",
        date: "2026-01-01",
        summary: "y",
      },
    ],
  });

  it("uses the newest entry's date as the feed's updated time", () => {
    expect(feed).toContain('<updated>2026-02-01T00:00:00Z</updated>\n  <link rel="self"');
  });

  it("escapes titles and links", () => {
    expect(feed).toContain("<title>Price &lt;cut&gt; &amp; more</title>");
    expect(feed).toContain('href="https://example.org/m/?a=1&amp;b=2"');
    expect(feed).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("keeps the entries in the order given", () => {
    expect(feed.indexOf("Price")).toBeLessThan(feed.indexOf("Older"));
  });
});

describe("sitemapXml", () => {
  it("lists every URL in a urlset", () => {
    const xml = sitemapXml(["https://example.org/", "https://example.org/a?b&c"]);
    expect(xml).toContain("<loc>https://example.org/</loc>");
    expect(xml).toContain("<loc>https://example.org/a?b&amp;c</loc>");
    expect(xml.match(/<url>/g)?.length).toBe(2);
  });
});
