import { describe, expect, it } from "vitest";
import { disambiguatedNames } from "~/import/identity/names";

describe("disambiguatedNames", () => {
  it("tells apart one maker's models named alike, the shortest id keeping the name", () => {
    const names = disambiguatedNames([
      { id: "anthropic/claude-3-haiku", name: "Claude 3 Haiku" },
      { id: "anthropic/claude-3-haiku-20240307", name: "Claude 3 Haiku" },
      { id: "other/claude-3-haiku", name: "Claude 3 Haiku" },
    ]);
    expect(names.get("anthropic/claude-3-haiku-20240307")).toBe("Claude 3 Haiku (claude-3-haiku-20240307)");
    expect(names.has("anthropic/claude-3-haiku")).toBe(false);
    expect(names.has("other/claude-3-haiku")).toBe(false);
  });

  it("is idempotent: a name it already gave is kept", () => {
    const once = [
      { id: "a/x", name: "X" },
      { id: "a/x-2", name: "X (x-2)" },
    ];
    expect(disambiguatedNames(once).size).toBe(0);
  });
});
