import { describe, expect, it } from "vitest";
import { changeListHtml } from "~/pages/changes/_components/change-list";
import { providerLinksHtml, providerOptionsHtml } from "~/pages/changes/_components/provider-filter";
import type { ChangeEvent, ChangeProvider } from "~/views/changes";

const providers: ChangeProvider[] = [
  { id: "a-b", name: `A & "B"`, kinds: new Set(["added"]) },
  { id: "openai", name: "OpenAI", kinds: new Set(["price", "added"]) },
];

describe("the changes listing's provider filter", () => {
  it("lists every provider as an option, the filtered one selected, names escaped", () => {
    expect(providerOptionsHtml(providers, "openai")).toBe(
      `<option value="a-b" data-kinds="added">A &amp; &quot;B&quot;</option>` +
        `<option value="openai" selected data-kinds="price,added">OpenAI</option>`,
    );
    expect(providerOptionsHtml(providers, undefined)).not.toContain("selected");
    expect(providerOptionsHtml(providers, "a-b")).toMatch(/^<option value="a-b" selected data-kinds="added">/);
    expect(providerOptionsHtml(providers, "unknown")).toBe(providerOptionsHtml(providers, undefined));
  });

  it("links each provider's listing, keeping the kind only where the provider has it", () => {
    expect(providerLinksHtml(providers, "price")).toBe(
      `<li><a href="/changes/provider/a-b/">A &amp; &quot;B&quot;</a></li>` +
        `<li><a href="/changes/provider/openai/kind/price/">OpenAI</a></li>`,
    );
    expect(providerLinksHtml(providers, undefined)).toContain(`href="/changes/provider/openai/"`);
  });
});

describe("changeListHtml", () => {
  it("writes date, badge, model link, what changed and the offering id, escaped", () => {
    const event = {
      kind: "added",
      date: "2026-06-28",
      modelId: "zhipuai/glm-5.2",
      modelName: "GLM <5.2>",
      offeringId: "gmicloud/zai-org/GLM-5.2-FP8",
      providerId: "gmicloud",
      providerName: "GMI Cloud",
      changes: [],
    } as unknown as ChangeEvent;
    expect(changeListHtml([event])).toBe(
      `<li class="added"><time datetime="2026-06-28">Jun 28, 2026</time>` +
        `<span class="badge" title="New offerings">New</span>` +
        `<span><a href="/models/zhipuai/glm-5.2/">GLM &lt;5.2&gt;</a>: first listed at GMI Cloud ` +
        `<span class="muted small"><code>gmicloud/zai-org/GLM-5.2-FP8</code></span></span></li>`,
    );
  });
});
