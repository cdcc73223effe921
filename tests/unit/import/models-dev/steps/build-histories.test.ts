/** The history of one draft: an event that inherited its cost then takes the base's cost. */
import { describe, expect, it } from "vitest";
import type { HistoryEvent } from "~/import/models-dev/history";
import type { Snapshot } from "~/import/models-dev/snapshot";
import { historyOfDraft } from "~/import/models-dev/steps/build-histories";
import type { ModelIndex } from "~/import/models-dev/steps/model-files";
import { withTables } from "~/import/models-dev/tables";
import type { Issue, OfferingDraft, StepContext } from "~/import/models-dev/types";

const snap: Snapshot = {
  providers: new Map(),
  offerings: [],
  models: new Map([["zz/Base", { path: "models/zz/Base.toml", data: { cost: { input: 1, output: 2 } } }]]),
  labs: new Set(),
  issues: [],
};
const index = { fileOfId: new Map([["zz/base", "zz/Base"]]) } as unknown as ModelIndex;
const context = (): StepContext => ({
  meta: { date: "2026-03-01", commit: "abcdef1234567" },
  known: { curatedModels: new Map(), benchmarks: new Set() },
  tables: withTables(),
  issues: [] as Issue[],
});
const events: HistoryEvent[] = [
  { date: "2025-01-01", commit: "aaaaaaa", event: "added", cost: null },
  { date: "2025-03-01", commit: "bbbbbbb", event: "changed", cost: { input: 1.5, output: 3 } },
];
const prices = (d: OfferingDraft) =>
  historyOfDraft(d, events, snap, index, context()).prices.map((p) => [p.from, p.input, p.output]);

describe("historyOfDraft", () => {
  it("prices an event that inherited its cost with the base model's cost", () => {
    const d: OfferingDraft = {
      provider: "host",
      fileId: "x",
      path: "providers/host/models/x.toml",
      resolved: { cost: { input: 1.5, output: 3 } },
      base: "zz/Base",
      baseMissing: false,
      modelId: "zz/base",
      rule: "base",
    };
    expect(prices(d)).toEqual([
      ["2025-01-01", 1, 2],
      ["2025-03-01", 1.5, 3],
    ]);
  });

  it("skips an inherited event when the base is unknown", () => {
    const d: OfferingDraft = {
      provider: "host",
      fileId: "x",
      path: "providers/host/models/x.toml",
      resolved: { cost: { input: 1.5, output: 3 } },
      base: "zz/gone",
      baseMissing: true,
    };
    expect(prices(d)).toEqual([["2025-03-01", 1.5, 3]]);
  });

  it("reports a cost key it does not know, with the offering's path", () => {
    const ctx = context();
    const d: OfferingDraft = {
      provider: "host",
      fileId: "x",
      path: "providers/host/models/x.toml",
      resolved: { cost: { input: 1.5, output: 3, per_banana: 2 } },
    };
    historyOfDraft(d, undefined, snap, index, ctx);
    expect(ctx.issues).toEqual([expect.objectContaining({ path: "providers/host/models/x.toml" })]);
  });
});
