/**
 * Valid records, one per entity, as they would be written in `content/` (input shape, before
 * defaults). Each takes overrides so a test changes only the field its rule is about.
 */
import type { z } from "zod";
import { Benchmark, Model, Offering, Provider, type ModelProse, type PriceEntry, type Source } from "~/schemas";
import type { Catalog } from "~/catalog/load-catalog";

type Input<T extends z.ZodType> = z.input<T>;

export const source = (overrides: Partial<Source> = {}): Source => ({
  name: "OpenAI API pricing",
  url: "https://openai.com/api/pricing/",
  retrieved: "2025-05-01",
  ...overrides,
});

export function validProvider(overrides: Partial<Input<typeof Provider>> = {}): Input<typeof Provider> {
  return {
    name: "OpenAI",
    roles: ["lab", "host"],
    url: "https://openai.com",
    sources: [source()],
    verified: "2025-05-01",
    ...overrides,
  };
}

export function validModel(overrides: Partial<Input<typeof Model>> = {}): Input<typeof Model> {
  return {
    name: "GPT-4.1 nano",
    family: "gpt-4.1",
    releaseDate: "2025-04-14",
    knowledgeCutoff: "2024-06",
    modalities: { input: ["text", "image"], output: ["text"] },
    capabilities: { toolCalling: true, reasoning: false },
    limits: { context: 1_047_576, maxOutput: 32_768 },
    benchmarks: [
      { benchmark: "mmlu", score: 80.1, date: "2025-04-14", source: source({ name: "OpenAI announcement" }) },
    ],
    sources: [source()],
    verified: "2025-05-01",
    ...overrides,
  };
}

export function validPriceEntry(overrides: Partial<Input<typeof PriceEntry>> = {}): Input<typeof PriceEntry> {
  return {
    from: "2025-04-14",
    input: 0.1,
    output: 0.4,
    cacheRead: 0.025,
    source: source(),
    ...overrides,
  };
}

export function validOffering(overrides: Partial<Input<typeof Offering>> = {}): Input<typeof Offering> {
  return {
    model: "openai/gpt-4.1-nano",
    apiId: "gpt-4.1-nano",
    endpoints: ["chat-completions", "responses", "batch"],
    prices: [validPriceEntry()],
    sources: [source()],
    verified: "2025-05-01",
    ...overrides,
  };
}

export function validBenchmark(overrides: Partial<Input<typeof Benchmark>> = {}): Input<typeof Benchmark> {
  return {
    name: "MMLU",
    category: "knowledge",
    description: "Multiple-choice questions across 57 subjects.",
    unit: "percent",
    scale: { min: 0, max: 100 },
    url: "https://arxiv.org/abs/2009.03300",
    ...overrides,
  };
}

export function validProse(overrides: Partial<Input<typeof ModelProse>> = {}): Input<typeof ModelProse> {
  return {
    strengths: ["Cheap and fast."],
    weaknesses: ["Weak at multi-step reasoning."],
    bestFor: ["Classification and extraction at volume."],
    alternatives: [{ when: "You need stronger reasoning", models: ["openai/gpt-4.1-mini"] }],
    written: "2025-05-01",
    ...overrides,
  };
}

/** A small catalog built in memory: providers, models and offerings by id. */
export function catalogOf(spec: {
  providers: Record<string, Partial<Input<typeof Provider>>>;
  models: Record<string, Partial<Input<typeof Model>> & { origin?: "curated" | "imported" }>;
  offerings: Record<string, Partial<Input<typeof Offering>>>;
}): Catalog {
  const providers = new Map(
    Object.entries(spec.providers).map(([id, o]) => [
      id,
      { id, data: Provider.parse(validProvider(o as never)), files: [], origin: "curated" as const },
    ]),
  );
  const models = new Map(
    Object.entries(spec.models).map(([id, { origin = "curated", ...o }]) => {
      const [creator, slug] = id.split("/") as [string, string];
      return [
        id,
        { id, creator, slug, data: Model.parse(validModel({ benchmarks: [], ...(o as object) })), files: [], origin },
      ];
    }),
  );
  const offerings = new Map(
    Object.entries(spec.offerings).map(([id, o]) => [
      id,
      {
        id,
        provider: id.split("/")[0]!,
        data: Offering.parse(validOffering(o as never)),
        files: [],
        origin: "curated" as const,
      },
    ]),
  );
  const benchmarks = new Map([
    ["mmlu", { id: "mmlu", data: Benchmark.parse(validBenchmark()), files: [], origin: "curated" as const }],
  ]);
  return { providers, models, offerings, benchmarks };
}
