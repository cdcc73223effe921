/**
 * Step-by-step import from the real models.dev repository (the bundle in /work/shared/data, or
 * $MODELS_DEV_BUNDLE): 2026-03-01, then 2026-05-01, then 2026-07-02 into an empty tree, compared
 * with one import of 2026-07-02 with its full git history. About 40 s on 2 cores.
 *
 * Expected differences, all where the step-by-step import knows more (see README, "Refresh"):
 * - prices an offering inherits (`base_model`, the 2026 `[extends]`, a symbolic link) have no dated
 *   upstream event; one import dates only the current one, on the snapshot's day, while the steps
 *   record the inherited price seen at each step;
 * - a link whose target is missing is retired without a date by one import, on the step's day by
 *   the steps.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importModelsDev, targetOf } from "~/import/models-dev/command";
import { readTree } from "~/import/models-dev/write";
import type { Offering, PriceEntry } from "~/schemas";

const BUNDLE = process.env.MODELS_DEV_BUNDLE ?? "/work/shared/data/models.dev-git/models.dev.bundle";
const REPO = join(import.meta.dirname, "../../../..");
const STEPS = ["2026-03-01", "2026-05-01", "2026-07-02"];
let tmp: string;
const offerings = (root: string) => {
  const out = new Map<string, Offering>();
  for (const [rel, text] of readTree(targetOf(root))) if (rel.startsWith("offerings/")) out.set(rel, JSON.parse(text));
  return out;
};
const priceKey = (p: PriceEntry) => JSON.stringify({ ...p, from: undefined, source: undefined, note: undefined });
const newRoot = (name: string) => {
  const root = join(tmp, name);
  mkdirSync(join(root, "content"), { recursive: true });
  cpSync(join(REPO, "content/curated"), join(root, "content/curated"), { recursive: true });
  cpSync(join(REPO, "content/benchmarks"), join(root, "content/benchmarks"), { recursive: true });
  return root;
};
let full: Map<string, Offering>;
let steps: Map<string, Offering>;
const summaries: string[] = [];

describe.skipIf(!existsSync(BUNDLE))("step-by-step import from the models.dev git history", () => {
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "atlas-git-steps-"));
    const clone = join(tmp, "models.dev");
    execFileSync("git", ["clone", "--quiet", "-b", "dev", BUNDLE, clone]);
    const fullRoot = newRoot("full");
    const one = importModelsDev({ root: fullRoot, snapshotDir: clone });
    expect(one.ok, one.error).toBe(true);
    const stepRoot = newRoot("steps");
    for (const day of STEPS) {
      const sha = execFileSync(
        "git",
        ["-C", clone, "log", "--first-parent", "-1", "--format=%H", `--before=${day}T23:59:59+14:00`, "dev"],
        { encoding: "utf8" },
      ).trim();
      execFileSync("git", ["-C", clone, "checkout", "--quiet", sha]);
      const out = importModelsDev({ root: stepRoot, snapshotDir: clone, acceptRemovals: true, acceptChanges: true });
      expect(out.ok, out.error).toBe(true);
      summaries.push(out.report.split("\n").at(-1)!);
    }
    full = offerings(fullRoot);
    steps = offerings(stepRoot);
  }, 300_000);
  // Removing two catalogs and a clone (~35,000 files) can take over the default 10 s on a busy machine.
  afterAll(() => rmSync(tmp, { recursive: true, force: true }), 120_000);

  it("gives the same offerings, with the same status", () => {
    expect([...steps.keys()]).toEqual([...full.keys()]);
    const status = [...full].filter(([rel, o]) => o.status !== steps.get(rel)!.status);
    expect(status).toEqual([]);
    expect(summaries.map((s) => s.slice(0, 40))).toHaveLength(3);
  });

  it("after the first step, every dated upstream price of the single import is in the steps", () => {
    // Entries dated on the final snapshot's day are prices with no dated event (inherited ones).
    const missing: string[] = [];
    for (const [rel, o] of full) {
      const have = new Set(steps.get(rel)!.prices.map((p) => `${p.from} ${priceKey(p)}`));
      for (const p of o.prices)
        if (
          p.from > STEPS[0]! &&
          p.from < STEPS[2]! &&
          !have.has(`${p.from} ${priceKey(p)}`) &&
          !p.source.note?.startsWith("first seen")
        )
          missing.push(`${rel} ${p.from}`);
    }
    // Measured: see the README; inherited prices make the rest.
    expect(missing.length / full.size).toBeLessThan(0.02);
  });

  it("differs in dated prices only for a small, explained share of offerings", () => {
    let differ = 0;
    for (const [rel, o] of full) {
      const after = (list: PriceEntry[]) =>
        list.filter((p) => p.from > STEPS[0]!).map((p) => `${p.from} ${priceKey(p)}`);
      if (JSON.stringify(after(o.prices)) !== JSON.stringify(after(steps.get(rel)!.prices))) differ++;
    }
    expect(differ / full.size).toBeLessThan(0.03);
  });
});
