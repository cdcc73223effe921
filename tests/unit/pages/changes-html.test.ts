import { describe, expect, it } from "vitest";
import { changeListHtml } from "~/pages/changes/_components/change-list";
import type { ChangeEvent } from "~/views/changes";

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
