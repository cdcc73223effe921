import { describe, expect, it } from "vitest";
import { buildViews } from "~/views/catalog-views";
import { changeText, historyRowsHtml } from "~/pages/models/_components/history-rows";
import { changeLogHtml } from "~/pages/models/_components/change-log";
import { catalogOf, source } from "../factories";

const c = catalogOf({
  providers: { openai: {} },
  models: { "openai/a": { name: "A" } },
  offerings: {
    "openai/a": {
      model: "openai/a",
      apiId: "a",
      prices: [
        { from: "2025-01-01", input: 1, output: 4, source: source({ name: 'Pricing <"page">', commit: "0123456789" }) },
        { from: "2025-06-01", input: 0.5, output: 4, source: source(), note: "A & B" },
      ],
    },
  },
});
const views = buildViews(c);
const offering = views.byId.get("openai/a")!.offerings[0]!;

describe("historyRowsHtml", () => {
  const html = historyRowsHtml(offering, ["input", "output"], undefined);

  it("writes a row per entry with its date, prices, change and source", () => {
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html).toContain('<time datetime="2025-01-01">Jan 1, 2025</time>');
    expect(html).toContain('<td class="num"><span data-per-m="0.5">$0.50</span></td>');
    expect(html).toContain('<td class="small">first price</td>');
    expect(html).toContain('<td class="small">input −50%</td>');
  });

  it("escapes the source's words and keeps its commit short", () => {
    expect(html).toContain("Pricing &lt;&quot;page&quot;&gt;</a>");
    expect(html).toContain('<span class="muted"> @ <code>0123456</code></span>');
    expect(html).toContain('<div class="muted">A &amp; B</div>');
  });

  it("says what changed, or that it was the first price", () => {
    expect(changeText(undefined, c.offerings.get("openai/a")!.data.prices[0]!)).toBe("first price");
  });
});

describe("changeLogHtml", () => {
  it("lists first prices and price changes with their dates, escaped", () => {
    const html = changeLogHtml([
      {
        date: "2025-06-01",
        kind: "price",
        providerName: "A & Co",
        changes: [{ dimension: "input", from: 1, to: 0.5 }],
      },
      { date: "2025-01-01", kind: "added", providerName: "A & Co", changes: [] },
    ] as never);
    expect(html).toBe(
      '<li><time datetime="2025-06-01">Jun 1, 2025</time> A &amp; Co input price −50%</li>' +
        '<li><time datetime="2025-01-01">Jan 1, 2025</time> first price at A &amp; Co</li>',
    );
  });
});
