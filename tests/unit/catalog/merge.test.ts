import { describe, expect, it } from "vitest";
import type { Entry } from "~/catalog/content";
import { mergeEntries, mergeHistory } from "~/catalog/merge";
import type { Offering, PriceEntry } from "~/schemas";

/** How imported models.dev history meets curated history at load time (src/catalog/merge.ts). */
const md = (from: string, p: Partial<PriceEntry>): PriceEntry => ({
  from,
  ...p,
  source: {
    name: "models.dev",
    url: "https://models.dev",
    retrieved: "2026-07-02",
    note: "date the upstream catalog changed",
  },
});
const official = (from: string, p: Partial<PriceEntry>): PriceEntry => ({
  from,
  ...p,
  source: { name: "OpenAI API pricing", retrieved: "2026-11-27" },
});

// GPT-4.1 nano: models.dev recorded cached input at $0.03 until 2026-05; OpenAI has said $0.025 since launch.
const imported = [
  md("2025-06-11", { input: 0.1, output: 0.4, cacheRead: 0.03 }),
  md("2026-05-26", { input: 0.1, output: 0.4, cacheRead: 0.025 }),
];
const curated = [
  official("2025-04-14", { input: 0.1, output: 0.4, cacheRead: 0.025, batchInput: 0.05, batchOutput: 0.2 }),
];

describe("imported history under curated history", () => {
  it("shows no price change for GPT-4.1 nano and keeps the $0.03 as an observation", () => {
    const { prices, observations } = mergeHistory(imported, curated);
    expect(prices).toEqual(curated);
    expect(observations).toEqual([
      { from: "2025-06-11", field: "cacheRead", value: 0.03, source: imported[0]!.source },
    ]);
  });

  it("does the same through mergeEntries, keeping imported fields the curated record leaves out", () => {
    const offering = (data: Partial<Offering>, origin: "imported" | "curated"): Entry<Offering> => ({
      id: "openai/gpt-4.1-nano",
      data: {
        model: "openai/gpt-4.1-nano",
        apiId: "gpt-4.1-nano",
        status: "active",
        sources: [data.prices![0]!.source],
        verified: "2026-07-02",
        ...data,
      } as Offering,
      files: [`content/${origin}/offerings/openai/gpt-4.1-nano.json`],
      origin,
    });
    const merged = mergeEntries(
      [
        offering({ prices: imported, limits: { context: 1047576 } }, "imported"),
        offering({ prices: curated }, "curated"),
      ],
      "offering",
    ).get("openai/gpt-4.1-nano")!;
    expect(merged.data.prices).toHaveLength(1);
    expect(merged.data.prices[0]!.cacheRead).toBe(0.025);
    expect(merged.data.observations).toHaveLength(1);
    expect(merged.data.limits).toEqual({ context: 1047576 });
  });

  it("keeps imported entries from before the curated history begins", () => {
    const { prices } = mergeHistory(
      [md("2024-01-01", { input: 1 }), md("2025-01-01", { input: 2 })],
      [official("2024-06-01", { input: 1.5 })],
    );
    expect(prices.map((p) => [p.from, p.input])).toEqual([
      ["2024-01-01", 1],
      ["2024-06-01", 1.5],
    ]);
  });

  it("leaves the imported history alone when there is no curated one", () => {
    expect(mergeHistory(imported, [])).toEqual({ prices: imported, observations: [] });
  });
});
