import { describe, expect, it } from "vitest";
import { domId } from "~/shared/dom-id";

describe("domId", () => {
  it("keeps ids apart that differ only in punctuation", () => {
    const ids = ["openrouter/openai/gpt-4.1", "openrouter/openai/gpt-4-1", "openrouter/openai:gpt-4.1", "a_2f"];
    const made = ids.map((id) => domId("offer", id));
    expect(new Set(made).size).toBe(ids.length);
    expect(domId("offer", "a/b.c")).toBe("offer-a_2fb_2ec");
    for (const id of made) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
