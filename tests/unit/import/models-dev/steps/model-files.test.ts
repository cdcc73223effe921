/** The model-file index, on the fixture snapshot and on small hand-made ones. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSnapshot, type Snapshot } from "~/import/models-dev/snapshot";
import { collectModelFiles } from "~/import/models-dev/steps/model-files";
import { withTables } from "~/import/models-dev/tables";
import type { Issue, StepContext, Table } from "~/import/models-dev/types";

const FIXTURE = fileURLToPath(new URL("../../../../fixtures/models-dev/basic/", import.meta.url));
const context = (): StepContext => ({
  meta: { date: "2026-03-01" },
  known: { curatedModels: new Map([["acme/curated", { name: "Curated" }]]), benchmarks: new Set() },
  tables: withTables(),
  issues: [] as Issue[],
});
const snapshotOf = (models: Record<string, Table>): Snapshot => ({
  providers: new Map(),
  offerings: [],
  models: new Map(Object.entries(models).map(([key, data]) => [key, { path: `models/${key}.toml`, data }])),
  labs: new Set(),
  issues: [],
});

describe("collectModelFiles", () => {
  it("gives each models/<lab>/<id>.toml a lower-case model id, and maps both ways", () => {
    const index = collectModelFiles(readSnapshot(FIXTURE), context());
    expect([...index.facts.keys()].sort()).toEqual(["acme/rocket-1", "acme/rocket-1-mini", "acme/rocket-2"]);
    expect(index.idOfFile.get("acme/Rocket-2")).toBe("acme/rocket-2");
    expect(index.idOfFileLower.get("acme/rocket-2")).toBe("acme/rocket-2");
    expect(index.fileOfId.get("acme/rocket-2")).toBe("acme/Rocket-2");
    expect(index.facts.get("acme/rocket-1")!.path).toBe("models/acme/rocket-1.toml");
    expect(index.facts.get("acme/rocket-1")!.facts.name).toBe("Rocket 1");
  });

  it("answers exists() from the model files and from curated content", () => {
    const index = collectModelFiles(readSnapshot(FIXTURE), context());
    expect(index.exists("acme/rocket-1")).toBe(true);
    expect(index.exists("acme/curated")).toBe(true);
    expect(index.exists("acme/rocket-9")).toBe(false);
  });

  it("skips, with a reason, a second file giving the same id and a file outside a lab folder", () => {
    const ctx = context();
    const index = collectModelFiles(snapshotOf({ "zz/A-1": { name: "A" }, "zz/a-1": { name: "a" }, solo: {} }), ctx);
    expect([...index.facts.keys()]).toEqual(["zz/a-1"]);
    expect(index.fileOfId.get("zz/a-1")).toBe("zz/A-1");
    expect(ctx.issues.map((i) => [i.path, i.reason])).toEqual([
      ["models/solo.toml", "model file is not at models/<lab>/<id>.toml; skipped"],
      ["models/zz/a-1.toml", "another model file already gives model id zz/a-1; skipped"],
    ]);
  });
});
