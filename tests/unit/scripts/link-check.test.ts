/** The link checker used by `npm run test:subpath`: it finds what is broken, and only that. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkLinks } from "../../../scripts/lib/link-check";

const dir = mkdtempSync(join(tmpdir(), "atlas-links-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (path: string, text = "") => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

describe("checkLinks", () => {
  it("accepts links that resolve under the base and reports every other internal one", () => {
    file("index.html", `<a href="/sub/models/">ok</a><a href="models/">relative ok</a><a href="#x">fragment</a>`);
    file(
      "models/index.html",
      [
        `<link rel="canonical" href="https://example.org/sub/models/">`,
        `<meta property="og:image" content="https://example.org/sub/og/a.png">`,
        `<meta name="description" content="/not/a/link is prose">`,
        `<a href="https://elsewhere.example/x">external</a>`,
        `<a href="/models/">outside base</a>`,
        `<a href="/sub/nothing/?q=1">missing page</a>`,
        `<img src="/sub/og/missing.png">`,
        `<a href="../api/a.json">relative file</a>`,
      ].join(""),
    );
    file("og/a.png");
    file("api/a.json", "{}");
    file(
      "sitemap.xml",
      `<urlset><url><loc>https://example.org/sub/models/</loc></url><url><loc>https://example.org/sub/gone/</loc></url></urlset>`,
    );

    const report = checkLinks(dir, "https://example.org", "/sub/");
    expect(report.files).toBe(3);
    expect(report.links).toBe(10);
    expect(report.broken).toEqual([
      { page: "models/index.html", url: "/models/", reason: "outside the base path /sub/" },
      { page: "models/index.html", url: "/sub/nothing/?q=1", reason: "no file nothing/index.html" },
      { page: "models/index.html", url: "/sub/og/missing.png", reason: "no file og/missing.png" },
      { page: "sitemap.xml", url: "https://example.org/sub/gone/", reason: "no file gone/index.html" },
    ]);
  });
});
