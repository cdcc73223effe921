import { describe, expect, it } from "vitest";
import { searchDocument } from "~/publish/search-document";

const page = (main: string, { head = "<title>GPT-4.1 nano · Model Atlas</title>", outside = "" } = {}) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}<script>var x = "<section>";</script></head>` +
  `<body><header data-pagefind-ignore><a href="/">Home</a></header>${outside}` +
  `<main id="main" data-pagefind-body>${main}</main><footer data-pagefind-ignore>Open data</footer></body></html>`;

describe("searchDocument", () => {
  it("keeps the language, the title and the body, and empties ignored subtrees but keeps their tags", () => {
    const html = page(
      `<h1>GPT-4.1 nano</h1><section aria-labelledby="pricing" data-pagefind-ignore><table><tr><td>$0.10</td></tr></table></section><p>About it.</p>`,
    );
    expect(searchDocument(html)).toBe(
      `<!DOCTYPE html><html lang="en"><head><title>GPT-4.1 nano · Model Atlas</title></head><body>` +
        `<main id="main" data-pagefind-body><h1>GPT-4.1 nano</h1>` +
        `<section aria-labelledby="pricing" data-pagefind-ignore></section><p>About it.</p></main></body></html>`,
    );
  });

  it("finds the end of an ignored element past nested elements of the same name", () => {
    const html = page(
      `<div data-pagefind-ignore><div><div>deep</div></div>still ignored</div><p>indexed</p><div data-pagefind-ignore>x</div>`,
    );
    const doc = searchDocument(html);
    expect(doc).toContain(
      `<main id="main" data-pagefind-body><div data-pagefind-ignore></div><p>indexed</p><div data-pagefind-ignore></div></main>`,
    );
    expect(doc).not.toContain("deep");
    expect(doc).not.toContain("still ignored");
  });

  it("keeps an ignored subtree whole when it holds metadata, filters or sorts (pagefind reads those there)", () => {
    const meta = `<div hidden data-pagefind-ignore><span data-pagefind-meta="name:GPT-4.1 nano"></span><span data-pagefind-filter="creator:OpenAI"></span></div>`;
    const sort = `<div data-pagefind-ignore><span data-pagefind-sort="context:1047576"></span></div>`;
    const doc = searchDocument(page(`<h1>GPT-4.1 nano</h1>${meta}${sort}`));
    expect(doc).toContain(meta);
    expect(doc).toContain(sort);
  });

  it("leaves out the head's scripts and metadata, the header and the footer", () => {
    const doc = searchDocument(page("<h1>Nano</h1>"));
    expect(doc).not.toContain("<script");
    expect(doc).not.toContain("Home");
    expect(doc).not.toContain("Open data");
    expect(doc).not.toContain("charset");
  });

  it("returns the page unchanged when it cannot cut it safely", () => {
    const noBody = `<!DOCTYPE html><html lang="en"><head><title>Redirect</title></head><body><p>Moved</p></body></html>`;
    expect(searchDocument(noBody)).toBe(noBody);
    const outside = page("<h1>Nano</h1>", { outside: `<span data-pagefind-filter="type:Model"></span>` });
    expect(searchDocument(outside)).toBe(outside);
    const unclosed = page(`<h1>Nano</h1><img src="/x.png" data-pagefind-ignore><p>text</p>`);
    expect(searchDocument(unclosed)).toBe(unclosed);
  });
});
