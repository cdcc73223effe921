/**
 * The import command against a committed catalog: only adds, refuses damage, writes all or nothing.
 * Runs on a copy of the fixture snapshot and a temporary project root.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importModelsDev, targetOf, type ImportArgs } from "~/import/models-dev/command";
import { readTree } from "~/import/models-dev/write";

const FIXTURE = join(import.meta.dirname, "../../../fixtures/models-dev/basic");
let root: string;
let snap: string;
const run = (extra: Partial<ImportArgs> = {}) =>
  importModelsDev({ root, snapshotDir: snap, today: "2026-11-27", ...extra });
const offering = (rel: string) => JSON.parse(readTree(targetOf(root)).get(`offerings/${rel}.json`) ?? "null");
const setSnapshotDate = (date: string) =>
  writeFileSync(
    join(snap, "SNAPSHOT"),
    `source: test, commit abcdefabcdefabcdefabcdefabcdefabcdefabcd, committed ${date}T10:00:00+00:00\n`,
  );

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "atlas-cmd-root-"));
  snap = mkdtempSync(join(tmpdir(), "atlas-cmd-snap-"));
  cpSync(FIXTURE, snap, { recursive: true });
  mkdirSync(join(root, "content"), { recursive: true });
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(snap, { recursive: true, force: true });
});

describe("import command: the committed catalog is its state", () => {
  it("the same snapshot twice changes nothing", () => {
    expect(run().ok).toBe(true);
    const first = readTree(targetOf(root));
    const again = run();
    expect(again.ok).toBe(true);
    expect(again.written).toBe(false);
    expect(readTree(targetOf(root))).toEqual(first);
    expect(again.report.split("\n").at(-1)).toMatch(/^summary: .*nothing to change$/);
  });

  it("a newer snapshot adds a dated price, keeps the old one, and retires what left", () => {
    run();
    const before = offering("acme/rocket-1");
    setSnapshotDate("2026-04-01");
    const file = join(snap, "providers/acme/models/rocket-1.toml");
    const text = readTree(join(snap, "providers/acme/models")).get("rocket-1.toml")!;
    writeFileSync(file, text.replace(/input = [\d.]+/, "input = 9"));
    rmSync(join(snap, "providers/acme/models/rocket-1-thinking.toml"));
    const out = run({ acceptRemovals: true });
    expect(out.ok, out.error).toBe(true);
    const after = offering("acme/rocket-1");
    expect(after.prices.slice(0, -1)).toEqual(before.prices);
    expect(after.prices.at(-1)).toMatchObject({ from: "2026-04-01", input: 9 });
    expect(offering("acme/rocket-1-thinking")).toMatchObject({
      status: "retired",
      statusDates: { retired: "2026-04-01" },
    });
    expect(out.report).toMatch(/acme\/rocket-1 \(from 2026-04-01\): input \$[\d.]+ -> \$9/);
    expect(out.report).toMatch(/retirements: 1\n {2}acme\/rocket-1-thinking on 2026-04-01/);
  });

  it("refuses a snapshot older than the last import, naming both dates", () => {
    run();
    const before = readTree(targetOf(root));
    setSnapshotDate("2026-02-01");
    const out = run();
    expect(out.ok).toBe(false);
    expect(out.error).toMatch(/2026-02-01.*older than the last import, of 2026-03-01/);
    expect(readTree(targetOf(root))).toEqual(before);
  });
});

describe("import command: refusing damage", () => {
  it("refuses a date that is not a calendar date, or in the future", () => {
    run();
    const before = readTree(targetOf(root));
    expect(run({ date: "2025-13-45" }).error).toMatch(/real calendar date.*2025-13-45/);
    expect(run({ date: "2026-02-30" }).error).toMatch(/real calendar date/);
    expect(run({ date: "2027-01-01" }).error).toMatch(/in the future/);
    expect(readTree(targetOf(root))).toEqual(before);
  });

  it("refuses an empty providers/ folder", () => {
    run();
    const before = readTree(targetOf(root));
    rmSync(join(snap, "providers"), { recursive: true });
    mkdirSync(join(snap, "providers"));
    setSnapshotDate("2026-04-01");
    const out = run();
    expect(out.error).toMatch(/no offering files/);
    expect(readTree(targetOf(root))).toEqual(before);
  });

  it("keeps an offering whose file no longer parses, and a provider's offerings without provider.toml", () => {
    run();
    const rocket = offering("acme/rocket-1");
    setSnapshotDate("2026-04-01");
    writeFileSync(join(snap, "providers/acme/models/rocket-1.toml"), "name = \n");
    rmSync(join(snap, "providers/hostco/provider.toml"));
    const out = run();
    expect(out.ok, out.error).toBe(true);
    expect(offering("acme/rocket-1").prices).toEqual(rocket.prices);
    expect(offering("acme/rocket-1").status).toBe("active");
    expect(offering("hostco/acme/rocket-1").status).toBe("active");
    expect(out.report).toMatch(
      /unparsable providers\/acme\/models\/rocket-1\.toml: not valid TOML at line 1, column \d+/,
    );
    expect(out.report).toMatch(/missing-provider providers\/hostco/);
    expect(out.report).toMatch(/kept offerings\/hostco\/acme\/rocket-1\.json/);
  });

  it("stops a run that would retire too much, unless accepted", () => {
    run();
    const before = readTree(targetOf(root));
    setSnapshotDate("2026-04-01");
    for (const f of ["rocket-1-thinking", "rocket-1-2025-05-01", "legacy", "badvalues"])
      rmSync(join(snap, `providers/acme/models/${f}.toml`));
    const out = run();
    expect(out.ok).toBe(false);
    expect(out.report).toMatch(/stopped: acme: 4 of its \d+ live offerings would be retired/);
    expect(readTree(targetOf(root))).toEqual(before);
    expect(run({ acceptRemovals: true }).ok).toBe(true);
  });

  it("stops a run that would change more than 30% of prices, unless accepted", () => {
    run();
    setSnapshotDate("2026-04-01");
    const dir = join(snap, "providers/acme/models");
    for (const [name, text] of readTree(dir))
      writeFileSync(join(dir, name), text.replace(/output = [\d.]+/, "output = 77"));
    const out = run();
    expect(out.ok).toBe(false);
    expect(out.report).toMatch(/stopped: \d+ of \d+ current prices would change/);
    expect(run({ acceptChanges: true }).ok).toBe(true);
  });

  it("cleans staging folders a killed run left, and restores a tree caught between renames", () => {
    run();
    const before = readTree(targetOf(root));
    const parent = join(root, "content/imported");
    mkdirSync(join(parent, ".models-dev.tmp-99999/providers"), { recursive: true });
    cpSync(targetOf(root), join(parent, ".models-dev.old-99998"), { recursive: true });
    rmSync(targetOf(root), { recursive: true });
    expect(run().ok).toBe(true);
    expect(readdirSync(parent)).toEqual(["models-dev"]);
    expect(readTree(targetOf(root))).toEqual(before);
    expect(existsSync(join(parent, ".models-dev.tmp-99999"))).toBe(false);
  });
});

// The real data (see ../shared/README.md); the test is skipped where it is not at hand.
const SHARED = process.env.ATLAS_SHARED_DATA ?? "/work/shared/data";
const REPO = join(import.meta.dirname, "../../../..");

describe.skipIf(!existsSync(join(SHARED, "models.dev")))("import command on the real committed catalog", () => {
  it("re-importing the snapshot the catalog was made from changes nothing (the catalog is a fixpoint)", () => {
    for (const dir of ["curated", "benchmarks", "imported"])
      cpSync(join(REPO, "content", dir), join(root, "content", dir), { recursive: true });
    const history = JSON.parse(readFileSync(join(SHARED, "models.dev-history.json"), "utf8")) as ImportArgs["history"];
    const out = importModelsDev({ root, snapshotDir: join(SHARED, "models.dev"), history, today: "2026-12-01" });
    expect(out.ok, out.error).toBe(true);
    expect(out.report.split("\n").at(-1)).toMatch(/^summary: .*nothing to change$/);
  }, 120_000);

  it("without the upstream history too: retired, history-only models keep their identity", () => {
    for (const dir of ["curated", "benchmarks", "imported"])
      cpSync(join(REPO, "content", dir), join(root, "content", dir), { recursive: true });
    const out = importModelsDev({ root, snapshotDir: join(SHARED, "models.dev"), today: "2026-12-01" });
    expect(out.ok, out.error).toBe(true);
    expect(out.report).toMatch(/^models +0 +0 +\d+ +0$/m);
    expect(out.report.split("\n").at(-1)).toMatch(/^summary: .*nothing to change$/);
  }, 120_000);
});
