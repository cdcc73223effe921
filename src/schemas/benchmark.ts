import { z } from "zod";
import { Name, SchemaRef, Summary, Url } from "./common";

export const BenchmarkCategory = z.enum([
  "knowledge",
  "reasoning",
  "coding",
  "math",
  "agentic",
  "long-context",
  "instruction-following",
  "multimodal",
  "composite",
]);
export type BenchmarkCategory = z.infer<typeof BenchmarkCategory>;

/** A benchmark's definition. The id is the file name: `content/benchmarks/mmlu.json` is `mmlu`. */
export const Benchmark = z
  .strictObject({
    $schema: SchemaRef,
    name: Name.describe("Display name, e.g. 'GPQA Diamond'."),
    category: BenchmarkCategory.describe("What kind of skill it measures."),
    description: Summary.min(1).describe("What it measures, in one or two sentences of our own."),
    unit: z.enum(["percent", "score", "elo"]).describe("Unit of its scores."),
    scale: z
      .strictObject({ min: z.number(), max: z.number() })
      .optional()
      .describe("The range of possible scores, where bounded."),
    higherIsBetter: z.boolean().default(true).describe("Whether a higher score is better."),
    url: Url.optional().describe("The benchmark's paper, site or repository."),
  })
  .describe("A benchmark definition.");
export type Benchmark = z.infer<typeof Benchmark>;
