import { describe, expect, it } from "vitest";
import { plainFileUrl } from "../../../integrations/dev-plain-files";

describe("plainFileUrl", () => {
  const none = () => false;

  it("adds the slash the plain files' route is matched with, keeping the query", () => {
    expect(plainFileUrl("/api/catalog.json", "/", none)).toBe("/api/catalog.json/");
    expect(plainFileUrl("/providers/openai/changes.xml?x=1", "/", none)).toBe("/providers/openai/changes.xml/?x=1");
    expect(plainFileUrl("/atlas/robots.txt", "/atlas/", none)).toBe("/atlas/robots.txt/");
  });

  it("leaves pages, other files, files in public/ and paths outside the base as they are", () => {
    expect(plainFileUrl("/models/openai/gpt-4.1/", "/", none)).toBe("/models/openai/gpt-4.1/");
    expect(plainFileUrl("/favicon.svg", "/", none)).toBe("/favicon.svg");
    expect(plainFileUrl("/schemas/catalog.json", "/", (p) => p === "schemas/catalog.json")).toBe(
      "/schemas/catalog.json",
    );
    expect(plainFileUrl("/robots.txt", "/atlas/", none)).toBe("/robots.txt");
  });
});
