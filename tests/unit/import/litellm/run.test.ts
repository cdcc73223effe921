import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "~/catalog/load-catalog";
import { perMillion } from "~/import/litellm/map";
import { runLitellmImport, type LitellmHistory } from "~/import/litellm/run";
import { readTree } from "~/import/models-dev/write";

const v = (date: string, entry: Record<string, unknown> | null) => ({ date, commit: "a".repeat(40), entry });
const chat = (input: number, output: number, extra: Record<string, unknown> = {}) => ({
  litellm_provider: "openai",
  mode: "chat",
  input_cost_per_token: input,
  output_cost_per_token: output,
  ...extra,
});
const history = (models: LitellmHistory["models"]): LitellmHistory => ({
  source: "test",
  license: "MIT",
  file: "model_prices_and_context_window.json",
  versions: [{ date: "2026-04-01", commit: "b".repeat(40) }],
  models,
});
const ids = new Set(["openai/gpt-4.1", "openai/gpt-image-1"]);

describe("LiteLLM import", () => {
  it("converts per-token costs to per-1M without float noise", () => {
    expect(perMillion(8e-7)).toBe(0.8);
    expect(perMillion(1.25e-7)).toBe(0.125);
  });

  it("dates each price by the version that first listed it, and records a key that left the file", () => {
    const r = runLitellmImport(
      history({
        "gpt-4.1": [
          v(
            "2026-02-25",
            chat(2e-6, 8e-6, { input_cost_per_token_batches: 1e-6, input_cost_per_token_priority: 3e-6 }),
          ),
          v("2026-03-01", chat(2e-6, 8e-6, { input_cost_per_token_batches: 1e-6 })),
          v("2026-03-10", chat(2e-6, 6e-6)),
          v("2026-04-01", null),
        ],
      }),
      ids,
    );
    const rec = JSON.parse(r.files.get("prices/openai/gpt-4.1.json")!);
    expect(rec.prices.map((e: Record<string, unknown>) => [e.from, e.input, e.output, e.batchInput])).toEqual([
      ["2026-02-25", 2, 8, 1],
      ["2026-03-10", 2, 6, undefined],
    ]);
    expect(rec.removed).toBe("2026-04-01");
    expect(r.unmapped.get("input_cost_per_token_priority")).toBe(1);
  });

  it("reports what it cannot place, with the reason, and imports nothing for it", () => {
    const r = runLitellmImport(
      history({
        "gpt-9": [v("2026-02-25", chat(1e-6, 2e-6))],
        "gpt-image-1": [v("2026-02-25", { ...chat(5e-6, 4e-5), mode: "image_generation" })],
        "claude-x-v1:0": [v("2026-02-25", { ...chat(1e-6, 2e-6), litellm_provider: "bedrock" })],
      }),
      ids,
    );
    expect(r.imported).toBe(0);
    expect([...r.skipped.keys()].sort()).toEqual([
      'mode "image_generation" prices other units than tokens',
      "no offering openai/<key> in the catalog",
      'provider "bedrock" is not mapped (map.ts)',
    ]);
  });

  it("keeps committed entries as they are and only adds newer ones", () => {
    const h = history({ "gpt-4.1": [v("2026-02-25", chat(2e-6, 8e-6)), v("2026-03-10", chat(2e-6, 6e-6))] });
    const first = runLitellmImport(h, ids);
    const committed = JSON.parse(first.files.get("prices/openai/gpt-4.1.json")!);
    committed.prices[0].source.note = "kept as committed";
    const again = runLitellmImport(h, ids, new Map([["prices/openai/gpt-4.1.json", JSON.stringify(committed)]]));
    const rec = JSON.parse(again.files.get("prices/openai/gpt-4.1.json")!);
    expect(rec.prices[0].source.note).toBe("kept as committed");
    expect(rec.prices).toHaveLength(2);
    // A committed record whose key is gone from the file stays.
    const gone = runLitellmImport(history({}), ids, new Map([["prices/openai/gpt-4.1.json", "{}"]]));
    expect(gone.files.get("prices/openai/gpt-4.1.json")).toBe("{}");
  });
});

const SHARED = process.env.ATLAS_SHARED_DATA ?? "/work/shared/data";
const REPO = join(import.meta.dirname, "../../../..");

describe.skipIf(!existsSync(join(SHARED, "litellm/history.json")))("LiteLLM import on the real catalog", () => {
  it("re-importing the history the committed records came from changes nothing", () => {
    // runLitellmImport is pure: it reads the repository's records and writes nothing.
    const h = JSON.parse(readFileSync(join(SHARED, "litellm/history.json"), "utf8")) as LitellmHistory;
    const committed = readTree(join(REPO, "content/imported/litellm"));
    const r = runLitellmImport(h, new Set(loadCatalog(REPO).catalog.offerings.keys()), committed);
    expect(r.errors).toEqual([]);
    expect(r.imported).toBeGreaterThan(100);
    expect([...r.files].filter(([rel, text]) => committed.get(rel) !== text)).toEqual([]);
  }, 120_000);
});
