import { z } from "zod";
import {
  Capabilities,
  Disagreement,
  Name,
  NAME_MAX,
  Note,
  PastDate,
  ShortText,
  Summary,
  Limits,
  Modalities,
  ModelKind,
  ModelRef,
  MonthOrDate,
  SchemaRef,
  Slug,
  Source,
  Status,
  StatusDates,
  Url,
} from "./common";

export const BenchmarkResult = z
  .strictObject({
    benchmark: Slug.describe("Id of the benchmark (a file in content/benchmarks/)."),
    score: z.number().describe("The score, in the benchmark's unit."),
    variant: ShortText.optional().describe("Setting of the run, e.g. 'diff format', 'pass@1', 'no tools'."),
    date: PastDate.describe("When the result was published."),
    source: Source.describe("Who published the result."),
  })
  .describe("One benchmark result.");
export type BenchmarkResult = z.infer<typeof BenchmarkResult>;

/**
 * Provider-neutral facts about one model. The id is the path:
 * `content/curated/models/openai/gpt-4.1-nano.json` is model `openai/gpt-4.1-nano`, created by `openai`.
 */
export const Model = z
  .strictObject({
    $schema: SchemaRef,
    name: Name.describe("Display name, e.g. 'GPT-4.1 nano'."),
    creatorUnknown: z
      .boolean()
      .optional()
      .describe(
        "True when the source does not say who made the model, so its id is namespaced by the provider that serves it.",
      ),
    mergedInto: ModelRef.optional().describe(
      "Set when this id was found to be the same model as another: the canonical model's id. The record stays so its URL redirects there; no offering points at it.",
    ),
    kind: ModelKind.optional().describe(
      "What the model does, and so the unit it is priced in (chat, embedding, image, speech, transcription, video, rerank, moderation, realtime). Absent is unknown.",
    ),
    family: Slug.optional().describe("Family slug that groups siblings, e.g. 'gpt-4.1'."),
    summary: Summary.optional().describe("One line on what it is, in our words."),
    releaseDate: PastDate.optional().describe("First public availability."),
    knowledgeCutoff: MonthOrDate.optional().describe("Training data cutoff, as precise as the source gives it."),
    status: Status.default("active").describe("Lifecycle status."),
    statusDates: StatusDates.optional(),
    openWeights: z.boolean().optional().describe("Whether the weights are published. Absent is unknown."),
    license: ShortText.optional().describe("Licence of the weights, e.g. 'Apache-2.0'."),
    weights: z
      .array(z.strictObject({ name: Name, url: Url }))
      .optional()
      .describe("Where to download the weights."),
    modalities: Modalities.optional(),
    capabilities: Capabilities.optional(),
    limits: Limits.optional(),
    embeddingDimensions: z
      .int()
      .positive()
      .optional()
      .describe(
        "For an embedding model: the length of the vectors it returns (its default size). Never a token limit.",
      ),
    snapshots: z
      .array(
        z.strictObject({
          id: z
            .string()
            .regex(/^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/, { error: "must be an API model id, without spaces" })
            .max(NAME_MAX, { error: "is too long" }),
          date: PastDate.optional(),
          note: Note.optional(),
        }),
      )
      .optional()
      .describe("Dated, pinned versions of the model: ids an API accepts."),
    versions: z
      .array(z.strictObject({ name: Name, from: PastDate, note: Note.optional() }))
      .optional()
      .describe("For a moving API name: the model versions it has served, from which date."),
    aliases: z
      .array(z.strictObject({ id: Name, pointsTo: Name }))
      .optional()
      .describe("Moving names and the snapshot each currently points to."),
    benchmarks: z.array(BenchmarkResult).optional().describe("Published benchmark results."),
    links: z
      .array(z.strictObject({ label: Name, url: Url }))
      .optional()
      .describe("Announcement, model card, docs."),
    disagreements: z
      .array(Disagreement)
      .optional()
      .describe("Facts on which sources disagree, and which one the record keeps."),
    sources: z.array(Source).min(1).describe("Where the facts in this record came from."),
    verified: PastDate.describe("When a person or an import last checked this record."),
  })
  .describe("A model: provider-neutral facts.");
export type Model = z.infer<typeof Model>;

/** Curated prose about a model: the frontmatter of `content/curated/models/<creator>/<slug>.md`; the body is the overview. */
export const ModelProse = z
  .strictObject({
    strengths: z.array(Note.min(1)).min(1).describe("What it does well."),
    weaknesses: z.array(Note.min(1)).min(1).describe("Where it falls short."),
    bestFor: z.array(Note.min(1)).min(1).describe("Work it suits."),
    alternatives: z
      .array(z.strictObject({ when: Note.min(1), models: z.array(ShortText).min(1) }))
      .optional()
      .describe("When to consider other models, and which (model ids)."),
    written: PastDate.describe("When the prose was written or last revised."),
  })
  .describe("Curated prose about a model.");
export type ModelProse = z.infer<typeof ModelProse>;
