import { z } from "zod";

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** A month or a day: knowledge cutoffs are often published to the month only (`2024-06`). */
export const MonthOrDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
  error: "must be a date written YYYY-MM or YYYY-MM-DD",
});

/** A lower-case id segment. Dots are allowed and kept (`qwen3.5-plus`). */
export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: "must be lower-case letters, digits, '.', '_' or '-'" });

/** A model id, `<creator>/<slug>`. */
export const ModelRef = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/, { error: "must be a model id written <creator>/<slug>" });

export const Url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/** Where a fact came from. */
export const Source = z
  .strictObject({
    name: z.string().min(1).describe("Who published the fact, e.g. 'OpenAI API docs: GPT-4.1 nano'."),
    url: Url.optional().describe("The page the fact was read from."),
    retrieved: IsoDate.describe("When the fact was read from the source."),
    commit: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/)
      .optional()
      .describe("For datasets: the upstream commit the fact was read from."),
    note: z.string().optional().describe("Anything a reader should know about how the fact was read."),
  })
  .describe("A source of facts.");
export type Source = z.infer<typeof Source>;

export const Modality = z.enum(["text", "image", "audio", "video", "pdf"]);
export type Modality = z.infer<typeof Modality>;

export const Modalities = z
  .strictObject({
    input: z.array(Modality).describe("What the model accepts."),
    output: z.array(Modality).describe("What the model produces."),
  })
  .describe("Input and output modalities. An absent block means unknown.");
export type Modalities = z.infer<typeof Modalities>;

const flag = (what: string) => z.boolean().optional().describe(`${what}. Absent means unknown.`);

/** Capabilities as yes / no / unknown: an absent key is unknown, never "no". */
export const Capabilities = z
  .strictObject({
    toolCalling: flag("Calls tools (functions)"),
    parallelToolCalls: flag("Issues several tool calls in one turn"),
    structuredOutputs: flag("Follows a JSON Schema for its output"),
    jsonMode: flag("Can be forced to emit valid JSON"),
    reasoning: flag("Thinks before answering (reasoning tokens)"),
    streaming: flag("Streams its output"),
    fineTuning: flag("Can be fine-tuned through the API"),
    promptCaching: flag("Caches prompt prefixes at a lower price"),
    batch: flag("Offered through a batch API"),
    predictedOutputs: flag("Accepts predicted outputs"),
    distillation: flag("Usable as a distillation teacher through the API"),
    temperature: flag("Accepts a temperature setting"),
    attachments: flag("Accepts file attachments"),
  })
  .describe("Capabilities: true, false, or absent for unknown.");
export type Capabilities = z.infer<typeof Capabilities>;
export const CAPABILITY_KEYS = Object.keys(Capabilities.shape) as (keyof Capabilities)[];

export const Limits = z
  .strictObject({
    context: z.int().positive().optional().describe("Context window in tokens (input + output)."),
    maxInput: z.int().positive().optional().describe("Largest input in tokens, where it is below the context window."),
    maxOutput: z.int().positive().optional().describe("Largest output in tokens."),
  })
  .describe("Token limits. Absent means unknown.");
export type Limits = z.infer<typeof Limits>;

export const Status = z.enum(["active", "preview", "deprecated", "retired", "delisted"]);
export type Status = z.infer<typeof Status>;

export const StatusDates = z
  .strictObject({
    deprecated: IsoDate.optional().describe("When the deprecation was announced or took effect."),
    retired: IsoDate.optional().describe("When it stopped being served (or left the upstream catalog)."),
  })
  .describe("Dates of status changes.");

/** The `$schema` key that points editors at the published JSON Schema. */
export const SchemaRef = z.string().optional().describe("Path or URL of this record's JSON Schema, for editors.");

/** A place where two sources disagree, kept so readers can see both. */
export const Disagreement = z
  .strictObject({
    field: z.string().describe("The field the sources disagree on, e.g. 'knowledgeCutoff'."),
    value: z.union([z.string(), z.number(), z.boolean()]).describe("What the other source says."),
    source: Source,
    resolution: z.string().describe("Which value the record keeps and why."),
  })
  .describe("A fact on which sources disagree.");
export type Disagreement = z.infer<typeof Disagreement>;
