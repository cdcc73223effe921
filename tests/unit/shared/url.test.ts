import { describe, expect, it } from "vitest";
import { absoluteUrl, joinBase, normaliseBase, withBase } from "~/shared/url";

describe("base path links", () => {
  it("normalises a base to leading and trailing slashes", () => {
    expect(normaliseBase("")).toBe("/");
    expect(normaliseBase("/")).toBe("/");
    expect(normaliseBase("atlas")).toBe("/atlas/");
    expect(normaliseBase("//atlas/sub//")).toBe("/atlas/sub/");
  });

  it("puts root-relative paths under the base and leaves other URLs alone", () => {
    expect(joinBase("/atlas/", "/models/x/")).toBe("/atlas/models/x/");
    expect(joinBase("/atlas", "/")).toBe("/atlas/");
    expect(joinBase("/", "/models/")).toBe("/models/");
    expect(joinBase("/atlas/", "https://example.org/")).toBe("https://example.org/");
    expect(joinBase("/atlas/", "//cdn.example.org/x")).toBe("//cdn.example.org/x");
    expect(joinBase("/atlas/", "#changes")).toBe("#changes");
    expect(joinBase("/atlas/", "?q=1")).toBe("?q=1");
  });

  it("uses the build's base (root under vitest) for withBase and absolute URLs", () => {
    expect(withBase("/api/")).toBe("/api/");
    expect(absoluteUrl("/schemas/model.json", "https://example.org")).toBe("https://example.org/schemas/model.json");
  });
});
