import { describe, expect, it } from "vitest";
import { checkIdentityChanges } from "~/import/models-dev/identity-guard";
import { redirectsAfter } from "~/import/models-dev/steps/merge-committed";

const src = { name: "models.dev", retrieved: "2026-07-02" };
const model = (extra: object = {}) => JSON.stringify({ name: "M", ...extra, sources: [src], verified: "2026-07-02" });
const offering = (modelId: string, prices: object[] = [{ from: "2026-01-01", input: 1, source: src }]) =>
  JSON.stringify({ model: modelId, apiId: "x", status: "active", prices, sources: [src], verified: "2026-07-02" });

const committed = new Map([
  ["models/openai/gpt-oss-120b.json", model()],
  ["models/nano-gpt/gpt-oss-120b.json", model()],
  ["offerings/nano-gpt/gpt-oss-120b.json", offering("nano-gpt/gpt-oss-120b")],
]);

describe("checkIdentityChanges: an offering moves only with a redirect record, and history is kept", () => {
  it("accepts a merge recorded as a redirect", () => {
    const after = new Map(committed);
    after.set("models/nano-gpt/gpt-oss-120b.json", model({ mergedInto: "openai/gpt-oss-120b" }));
    after.set("offerings/nano-gpt/gpt-oss-120b.json", offering("openai/gpt-oss-120b"));
    expect(checkIdentityChanges(committed, after)).toEqual([]);
  });

  it("refuses a move without a redirect, an offering left on a redirect, and a redirect to nowhere", () => {
    const moved = new Map(committed);
    moved.set("offerings/nano-gpt/gpt-oss-120b.json", offering("openai/gpt-oss-120b"));
    expect(checkIdentityChanges(committed, moved)[0]).toMatch(/not recorded as a redirect/);
    const left = new Map(committed);
    left.set("models/nano-gpt/gpt-oss-120b.json", model({ mergedInto: "openai/gpt-oss-120b" }));
    expect(checkIdentityChanges(committed, left)[0]).toMatch(/which is a redirect/);
    const nowhere = new Map(committed);
    nowhere.set("models/nano-gpt/gpt-oss-120b.json", model({ mergedInto: "openai/nothing" }));
    nowhere.set("offerings/nano-gpt/gpt-oss-120b.json", offering("openai/gpt-oss-120b"));
    expect(checkIdentityChanges(committed, nowhere).join()).toMatch(/no model record/);
  });

  it("refuses a rewritten price history", () => {
    const after = new Map(committed);
    after.set(
      "offerings/nano-gpt/gpt-oss-120b.json",
      offering("nano-gpt/gpt-oss-120b", [{ from: "2026-01-01", input: 2, source: src }]),
    );
    expect(checkIdentityChanges(committed, after)[0]).toMatch(/price history would be rewritten/);
  });
});

describe("redirectsAfter", () => {
  it("follows chains of committed and fresh redirects to the end, and a rebuilt id splits", () => {
    const c = new Map([
      ["models/a/x.json", model({ mergedInto: "b/x" })],
      ["models/c/x.json", model({ mergedInto: "d/x" })],
    ]);
    const target = redirectsAfter(c, new Map([["models/c/x.json", model()]]), new Map([["b/x", "e/x"]]));
    expect(target("a/x")).toBe("e/x");
    expect(target("c/x")).toBeUndefined();
    expect(target("e/x")).toBeUndefined();
  });
});
