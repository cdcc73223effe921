/** Drafts: one per snapshot offering (resolved over its base_model) and per history-only path. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSnapshot } from "~/import/models-dev/snapshot";
import { collectDrafts, parseOfferingPath } from "~/import/models-dev/steps/drafts";
import { collectModelFiles } from "~/import/models-dev/steps/model-files";
import { withTables } from "~/import/models-dev/tables";
import type { Issue, StepContext } from "~/import/models-dev/types";

const FIXTURE = fileURLToPath(new URL("../../../../fixtures/models-dev/basic/", import.meta.url));
const context = (): StepContext => ({
  meta: { date: "2026-03-01" },
  known: { curatedModels: new Map(), benchmarks: new Set() },
  tables: withTables(),
  issues: [] as Issue[],
});
const added = (date: string) => [{ date, event: "added" as const, cost: { input: 1 } }];

function drafts(history: Record<string, ReturnType<typeof added>> = {}) {
  const ctx = context();
  const snap = readSnapshot(FIXTURE);
  const out = collectDrafts(snap, collectModelFiles(snap, ctx), history, ctx);
  return { ...out, issues: ctx.issues, byPath: new Map(out.drafts.map((d) => [d.path, d])) };
}

describe("parseOfferingPath", () => {
  it("splits an offering path into provider and file id, keeping its spelling and folders", () => {
    expect(parseOfferingPath("providers/hostco/models/meta-llama/Llama-9-70B-Instruct.toml")).toEqual({
      provider: "hostco",
      fileId: "meta-llama/Llama-9-70B-Instruct",
    });
    expect(parseOfferingPath("providers/hostco/provider.toml")).toBeUndefined();
    expect(parseOfferingPath("models/acme/rocket-1.toml")).toBeUndefined();
  });
});

describe("collectDrafts", () => {
  it("resolves an offering over its base_model: the model is the base's, own fields and tables win", () => {
    const d = drafts().byPath.get("providers/hostco/models/acme/rocket-1.toml")!;
    expect([d.provider, d.fileId, d.modelId, d.rule, d.baseMissing]).toEqual([
      "hostco",
      "acme/rocket-1",
      "acme/rocket-1",
      "base",
      false,
    ]);
    expect(d.resolved!.cost).toEqual({ input: 2.2, output: 8.8 });
    // An own table replaces the base's whole (as upstream does): the base's output limit is not kept.
    expect(d.resolved!.limit).toEqual({ context: 64_000 });
    expect(d.resolved!.modalities).toEqual({ input: ["text", "image"], output: ["text"] });
    expect(d.resolved!.name).toBe("Rocket 1");
  });

  it("marks a base_model that names no file, leaving the grouping to later rules", () => {
    const d = drafts().byPath.get("providers/hostco/models/ghost.toml")!;
    expect([d.base, d.baseMissing, d.modelId, d.rule]).toEqual(["acme/does-not-exist", true, undefined, undefined]);
  });

  it("adds a draft without fields for an offering known only from history; skips copies and non-offerings", () => {
    const { byPath, issues, eventsOf } = drafts({
      "providers/acme/models/rocket-0.toml": added("2024-01-01"),
      "providers/acme/models/rocket-1 copy.toml": added("2024-01-01"),
      "providers/acme/provider.toml": added("2024-01-01"),
    });
    expect(byPath.get("providers/acme/models/rocket-0.toml")).toEqual({
      provider: "acme",
      fileId: "rocket-0",
      path: "providers/acme/models/rocket-0.toml",
    });
    expect(byPath.has("providers/acme/models/rocket-1 copy.toml")).toBe(false);
    expect(eventsOf.get("providers/acme/models/rocket-0.toml")).toEqual(added("2024-01-01"));
    expect(issues.filter((i) => i.kind === "skipped").map((i) => [i.path, i.reason])).toEqual([
      [
        "providers/acme/models/rocket-1 copy.toml",
        "file id contains whitespace (an accidental copy upstream, not a model id); skipped",
      ],
      [
        "providers/acme/provider.toml",
        "history entry is not an offering file (providers/<p>/models/<id>.toml); skipped",
      ],
    ]);
  });
});
