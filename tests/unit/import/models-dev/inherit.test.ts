import { describe, expect, it } from "vitest";
import { resolveInheritance } from "~/import/models-dev/inherit";

const base = {
  name: "Base",
  tool_call: true,
  limit: { context: 1000, input: 800, output: 200 },
  cost: { input: 1, output: 2, tiers: [{ tier: { type: "context", size: 500 }, input: 2 }] },
  modalities: { input: ["text", "image"], output: ["text"] },
};

describe("resolveInheritance", () => {
  it("inherits what the offering does not set, and its own fields win", () => {
    const out = resolveInheritance({ base_model: "lab/base", name: "Own name" }, base);
    expect(out.name).toBe("Own name");
    expect(out.tool_call).toBe(true);
    expect(out).not.toHaveProperty("base_model");
  });

  it("replaces an overridden nested table whole", () => {
    const out = resolveInheritance({ base_model: "lab/base", limit: { context: 500 } }, base);
    expect(out.limit).toEqual({ context: 500 });
    expect(resolveInheritance({ base_model: "lab/base", cost: { input: 3 } }, base).cost).toEqual({ input: 3 });
  });

  it("drops the dotted paths of base_model_omit from what is inherited", () => {
    const out = resolveInheritance(
      { base_model: "lab/base", base_model_omit: ["limit.input", "cost.tiers", "tool_call"] },
      base,
    );
    expect(out.limit).toEqual({ context: 1000, output: 200 });
    expect(out.cost).toEqual({ input: 1, output: 2 });
    expect(out).not.toHaveProperty("tool_call");
    expect(out).not.toHaveProperty("base_model_omit");
  });

  it("never changes the base it inherits from", () => {
    const copy = structuredClone(base);
    resolveInheritance({ base_model: "lab/base", base_model_omit: ["limit.input"] }, base);
    expect(base).toEqual(copy);
  });

  it("without a base, returns the file's own fields", () => {
    expect(resolveInheritance({ name: "Solo", base_model_omit: ["x"] }, undefined)).toEqual({ name: "Solo" });
  });
});
