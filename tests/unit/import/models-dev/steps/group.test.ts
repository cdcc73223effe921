/**
 * Grouping offerings onto models, one worked example per rule: a creator-qualified id, a lab's
 * own plain id, a standalone model (under its creator, its lab, or its host with creatorUnknown),
 * and a base_model that has no file. Ids match exactly, so sizes never merge.
 */
import { describe, expect, it } from "vitest";
import { groupOfferings } from "~/import/models-dev/steps/group";
import type { ModelIndex } from "~/import/models-dev/steps/model-files";
import { withTables } from "~/import/models-dev/tables";
import type { Issue, OfferingDraft, StepContext } from "~/import/models-dev/types";

const context = (): StepContext => ({
  meta: { date: "2026-07-02" },
  known: { curatedModels: new Map([["zzlab/curated-one", { name: "Curated one" }]]), benchmarks: new Set() },
  tables: withTables({
    creatorPrefixes: { zzlab: "zzlab" },
    firstParty: { zzlab: "zzlab", zzown: "zzown" },
    servesOwnModelsOnly: new Set(["zzown"]),
  }),
  issues: [] as Issue[],
});
/** Model files: `models/zzlab/Rocket-1.toml` (id zzlab/rocket-1) and `models/zzlab/rocket-2.toml`. */
function index(): ModelIndex {
  const files = new Map([
    ["zzlab/Rocket-1", "zzlab/rocket-1"],
    ["zzlab/rocket-2", "zzlab/rocket-2"],
  ]);
  const ids = new Set(files.values());
  return {
    facts: new Map(),
    idOfFile: files,
    idOfFileLower: new Map([...files].map(([k, v]) => [k.toLowerCase(), v])),
    fileOfId: new Map([...files].map(([k, v]) => [v, k])),
    exists: (id) => ids.has(id) || id === "zzlab/curated-one",
  };
}
const draft = (provider: string, fileId: string, extra: Partial<OfferingDraft> = {}): OfferingDraft => ({
  provider,
  fileId,
  path: `providers/${provider}/models/${fileId}.toml`,
  ...extra,
});
function group(...drafts: OfferingDraft[]) {
  const ctx = context();
  const derived = groupOfferings(drafts, index(), ctx);
  return { drafts, derived, issues: ctx.issues, got: drafts.map((d) => [d.modelId, d.rule, d.creatorUnknown]) };
}

describe("groupOfferings", () => {
  it("puts a creator-qualified id at a host onto the creator's existing model (case-blind)", () => {
    expect(group(draft("zzhost", "zzlab/ROCKET-1")).got).toEqual([["zzlab/rocket-1", "qualified", undefined]]);
  });

  it("puts a lab's own plain id onto its model file, by the exact spelling or a curated id", () => {
    const { got, derived } = group(draft("zzlab", "Rocket-1"), draft("zzlab", "curated-one"));
    expect(got).toEqual([
      ["zzlab/rocket-1", "first-party", undefined],
      ["zzlab/curated-one", "first-party", undefined],
    ]);
    expect(derived.size).toBe(0);
  });

  it("never merges sizes or variants: a new qualified id gets a model of its own under its creator", () => {
    const { got, derived } = group(draft("zzhost", "zzlab/rocket-1-mini"), draft("zzother", "zzlab/rocket-1-mini"));
    expect(got).toEqual([
      ["zzlab/rocket-1-mini", "standalone", undefined],
      ["zzlab/rocket-1-mini", "standalone", undefined],
    ]);
    // Both offerings derive the one model.
    expect([...derived.keys()]).toEqual(["zzlab/rocket-1-mini"]);
    expect(derived.get("zzlab/rocket-1-mini")).toHaveLength(2);
  });

  it("files a provider's own model under its lab, and an unknown creator's under the host, flagged", () => {
    const { got } = group(draft("zzown", "Turbo 9"), draft("zzhost", "someorg/Mystery-7B"));
    expect(got).toEqual([
      ["zzown/turbo-9", "standalone", undefined],
      ["zzhost/someorg-mystery-7b", "standalone", true],
    ]);
  });

  it("skips, with a reason, an offering no model id can be made from", () => {
    const { got, issues } = group(draft("zzhost", "___"));
    expect(got).toEqual([[undefined, undefined, true]]);
    expect(issues).toEqual([
      {
        kind: "skipped",
        path: "providers/zzhost/models/___.toml",
        reason: 'no model id can be made from "___"; skipped',
      },
    ]);
  });

  it("puts an offering whose base_model file is missing onto the model that path names, when it exists", () => {
    const { got, issues } = group(draft("zzhost", "r1", { base: "zzlab/rocket-2", baseMissing: true }));
    expect(got).toEqual([["zzlab/rocket-2", "missing-base", undefined]]);
    expect(issues).toEqual([
      expect.objectContaining({
        kind: "missing-base",
        key: "base_model",
        reason:
          'base_model "zzlab/rocket-2" has no file; imported with the offering\'s own fields onto model zzlab/rocket-2',
      }),
    ]);
  });

  it("otherwise groups it by the other rules and says so", () => {
    const { got, issues } = group(draft("zzhost", "zzlab/ghost", { base: "zzlab/gone", baseMissing: true }));
    expect(got).toEqual([["zzlab/ghost", "standalone", undefined]]);
    expect(issues[0]!.reason).toBe(
      'base_model "zzlab/gone" has no file and no model zzlab/gone exists; kept with the offering\'s own fields on model zzlab/ghost',
    );
  });

  it("leaves a draft grouped by base_model as it was", () => {
    const done = draft("zzhost", "x", { modelId: "zzlab/rocket-2", rule: "base" });
    expect(group(done).got).toEqual([["zzlab/rocket-2", "base", undefined]]);
  });
});
