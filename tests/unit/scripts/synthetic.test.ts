/**
 * The synthetic catalog of `npm run bench`: valid content with the shape of the real catalog.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCatalog } from "~/catalog/load-catalog";
import { formatProblem } from "~/catalog/problems";
import { generateSyntheticCatalog } from "../../../scripts/lib/synthetic";
import { writeSyntheticCatalog } from "../../../scripts/generate-synthetic";

const dir = mkdtempSync(join(tmpdir(), "atlas-synthetic-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("generateSyntheticCatalog", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = generateSyntheticCatalog(50, 7);
    expect(generateSyntheticCatalog(50, 7)).toEqual(a);
    expect(generateSyntheticCatalog(50, 8)).not.toEqual(a);
  });

  it("writes n models that load with no problems, with the real catalog's shape", () => {
    const n = 2000;
    writeSyntheticCatalog(dir, n);
    const { catalog, problems } = loadCatalog(dir, "2026-11-27");
    expect(problems.map(formatProblem)).toEqual([]);
    expect(catalog.models.size).toBe(n);

    const perModel = new Map<string, number>();
    for (const o of catalog.offerings.values()) perModel.set(o.data.model, (perModel.get(o.data.model) ?? 0) + 1);
    const counts = [...catalog.models.keys()].map((id) => perModel.get(id) ?? 0);
    const single = counts.filter((c) => c === 1).length / n;
    expect(single).toBeGreaterThan(0.8); // real: 89% of models have one offering
    expect(single).toBeLessThan(0.95);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(15); // and a long tail

    const offerings = [...catalog.offerings.values()];
    const ratio = offerings.length / n;
    expect(ratio).toBeGreaterThan(1.2); // real: 1.6 offerings per model
    expect(ratio).toBeLessThan(2.2);
    const lengths = offerings.map((o) => o.data.prices.length);
    expect(lengths.filter((l) => l === 0).length / lengths.length).toBeGreaterThan(0.1);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(5);
    expect(offerings.some((o) => o.data.prices.some((e) => e.tiers?.length))).toBe(true);
    const withBenchmarks = [...catalog.models.values()].filter((m) => m.data.benchmarks?.length).length;
    expect(withBenchmarks).toBeGreaterThan(0);
    expect(withBenchmarks / n).toBeLessThan(0.05);
    expect([...catalog.models.values()].some((m) => m.prose)).toBe(true);
  }, 60_000); // writes and loads ~5,000 files: seconds on a busy machine

  it("refuses a folder that has a content/ already", () => {
    expect(() => writeSyntheticCatalog(dir, 10)).toThrow(/refusing/);
  });
});
