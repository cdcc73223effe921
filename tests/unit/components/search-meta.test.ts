import { describe, expect, it } from "vitest";
import { searchMetaHtml } from "~/components/search-meta";
import { buildViews } from "~/views/catalog-views";
import { catalogOf, source } from "../factories";

const c = catalogOf({
  providers: { openai: { name: "OpenAI" }, "a-b": { name: `A & "B"` } },
  models: { "openai/nano": { name: "GPT-4.1 nano" } },
  offerings: {
    "openai/nano": {
      model: "openai/nano",
      apiId: "gpt-4.1-nano",
      prices: [{ from: "2025-04-14", input: 0.1, output: 0.4, source: source() }],
    },
  },
});
const views = buildViews(c);

describe("searchMetaHtml", () => {
  it("writes a model's weighted names, then its metadata, filters and sorts in an ignored block", () => {
    const html = searchMetaHtml({ model: views.byId.get("openai/nano")!, views });
    expect(html).toMatch(/^<div hidden data-pagefind-weight="10">GPT-4\.1 nano openai\/nano nano gpt-4\.1-nano /);
    expect(html).toContain(
      `</div><div hidden data-pagefind-ignore><span data-pagefind-meta="name:GPT-4.1 nano"></span>`,
    );
    expect(html).toContain(`<span data-pagefind-meta="input:0.1"></span>`);
    expect(html).toContain(`<span data-pagefind-filter="type:Model"></span>`);
    expect(html).toContain(`<span data-pagefind-filter="provider:OpenAI"></span>`);
    expect(html).toContain(`<span data-pagefind-sort="price:0.1"></span>`);
    expect(html).toMatch(/<span data-pagefind-sort="released:2025-04-14"><\/span><\/div>$/);
  });

  it("escapes names in text and attributes", () => {
    const html = searchMetaHtml({ provider: c.providers.get("a-b")! });
    expect(html).toContain(`<div hidden data-pagefind-weight="10">A &amp; &quot;B&quot; a-b `);
    expect(html).toContain(`<span data-pagefind-meta="name:A &amp; &quot;B&quot;"></span>`);
    expect(html).toContain(`<span data-pagefind-meta="aka:A &amp; &quot;B&quot; a-b"></span>`);
    expect(html).toContain(`<span data-pagefind-filter="type:Provider"></span>`);
    expect(html).not.toContain(`"B""`);
  });
});
