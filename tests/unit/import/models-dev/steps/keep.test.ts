/** Which committed offerings a run keeps untouched because their upstream file could not be used. */
import { describe, expect, it } from "vitest";
import { keptByIssues } from "~/import/models-dev/steps/keep";
import type { Issue } from "~/import/models-dev/types";

const issue = (kind: Issue["kind"], path: string): Issue => ({ kind, path, reason: "test" });

describe("keptByIssues", () => {
  const kept = keptByIssues([
    issue("unparsable", "providers/acme/models/rocket-1.toml"),
    issue("missing-base", "providers/hostco/models/acme/Rocket-2.toml"),
    issue("missing-provider", "providers/noprovider"),
    issue("unparsable", "providers/badtoml/provider.toml"),
    issue("dangling-link", "providers/acme/models/ghost.toml"),
    issue("invalid-value", "providers/acme/models/rocket-3.toml"),
  ]);

  it("keeps the offering of a file that failed to parse or names a missing base_model", () => {
    expect(kept("offerings/acme/rocket-1.json")).toBe(true);
    expect(kept("offerings/hostco/acme/Rocket-2.json")).toBe(true);
  });

  it("matches the record path case-insensitively", () => {
    expect(kept("offerings/ACME/Rocket-1.json")).toBe(true);
    expect(kept("offerings/hostco/acme/rocket-2.json")).toBe(true);
  });

  it("keeps every offering of a provider folder without a readable provider.toml", () => {
    expect(kept("offerings/noprovider/anything.json")).toBe(true);
    expect(kept("offerings/badtoml/deep/er.json")).toBe(true);
  });

  it("does not keep a dangling link's offering, one with a dropped value, or an unrelated one", () => {
    expect(kept("offerings/acme/ghost.json")).toBe(false);
    expect(kept("offerings/acme/rocket-3.json")).toBe(false);
    expect(kept("offerings/acme/rocket-1-mini.json")).toBe(false);
    expect(keptByIssues([])("offerings/acme/rocket-1.json")).toBe(false);
  });
});
