import { z } from "zod";

/** Today in UTC, `YYYY-MM-DD`: the bound of every date that records something already seen. */
export const todayUtc = (): string => {
  // Checked for every price entry of a load (~100,000): the date's text is made once a day.
  const now = Date.now();
  if (now < today.until && now >= today.since) return today.text;
  const since = now - (now % 86_400_000);
  today = { text: new Date(now).toISOString().slice(0, 10), since, until: since + 86_400_000 };
  return today.text;
};
let today = { text: "", since: 0, until: 0 };

const notFuture = (date: string, ctx: z.core.$RefinementCtx<string>) => {
  const today = todayUtc();
  // zod runs this after a failed format check too: only a well-formed date can be in the future.
  if (/^\d{4}-\d{2}-\d{2}$/.test(date) && date > today)
    ctx.addIssue({
      code: "custom",
      message: `date is in the future (expected on or before ${today}, found ${date})`,
      input: date,
    });
};

/** A real calendar date, `YYYY-MM-DD` (zod's ISO date checks the days of each month and leap years). */
export const IsoDate = z.iso.date({ error: "must be a real calendar date written YYYY-MM-DD" });

/**
 * A calendar date that is not after today (UTC). Every date in a record says when something was
 * seen, published, released, verified or changed, so a future one is a typo.
 */
export const PastDate = IsoDate.superRefine(notFuture);

const DAYS_IN_MONTH = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A month or a day, not in the future: knowledge cutoffs are often published to the month only
 * (`2024-06`). A day must exist in its month (`2025-02-31` does not).
 */
export const MonthOrDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
    error: "must be a date written YYYY-MM or YYYY-MM-DD",
  })
  .superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return; // the format check reported it
    const [year, month, day] = value.split("-").map(Number) as [number, number, number | undefined];
    if (day !== undefined && day > DAYS_IN_MONTH(year, month)) {
      ctx.addIssue({
        code: "custom",
        message: `not a real calendar date (expected a day from 1 to ${DAYS_IN_MONTH(year, month)} in ${value.slice(0, 7)}, found ${value})`,
        input: value,
      });
      return;
    }
    // A month-only date is in the future only when its month is.
    const today = todayUtc();
    if (value > (day === undefined ? today.slice(0, 7) : today))
      ctx.addIssue({
        code: "custom",
        message: `date is in the future (expected on or before ${day === undefined ? today.slice(0, 7) : today}, found ${value})`,
        input: value,
      });
  });

/** Pattern of a lower-case id segment: providers, benchmarks, model creators and slugs. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const SLUG_RULE = "lower-case letters, digits, '.', '_' or '-'";

/**
 * Pattern of an offering's file name segment: the model id at its provider, which keeps the
 * provider's own spelling (`us.anthropic.claude-3-7-sonnet-20250219-v1:0`, `@cf/meta/...`,
 * `MiniMaxAI/MiniMax-M2`, `qwen%2Fqwen3-32b`).
 */
export const API_ID_SEGMENT_PATTERN = /^[A-Za-z0-9@~][A-Za-z0-9._:@~%+()-]*$/;
export const API_ID_SEGMENT_RULE =
  "letters, digits and . _ - : @ ~ % + ( ), starting with a letter, a digit, '@' or '~'";

/** Longest display name, label or short identifier (the longest committed one has 102 characters). */
export const NAME_MAX = 200;
/** Longest one-line summary or description. */
export const SUMMARY_MAX = 1000;
/** Longest note, resolution or prose item. */
export const NOTE_MAX = 2000;
/** Longest URL. */
export const URL_MAX = 2000;

const tooLong = { error: "is too long" };
/** A non-empty display name or label, at most NAME_MAX characters. */
export const Name = z.string().min(1).max(NAME_MAX, tooLong);
/** A short free text (a tier, a variant, a region), at most NAME_MAX characters. */
export const ShortText = z.string().max(NAME_MAX, tooLong);
/** A one-line summary or description, at most SUMMARY_MAX characters. */
export const Summary = z.string().max(SUMMARY_MAX, tooLong);
/** A note, at most NOTE_MAX characters. */
export const Note = z.string().max(NOTE_MAX, tooLong);

/** A lower-case id segment. Dots are allowed and kept (`qwen3.5-plus`). */
export const Slug = z.string().regex(SLUG_PATTERN, { error: `must be ${SLUG_RULE}` });

/** A model id, `<creator>/<slug>`. */
export const ModelRef = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/, { error: "must be a model id written <creator>/<slug>" });

export const Url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(URL_MAX, tooLong);

/** Where a fact came from. */
export const Source = z
  .strictObject({
    name: Name.describe("Who published the fact, e.g. 'OpenAI API docs: GPT-4.1 nano'."),
    url: Url.optional().describe("The page the fact was read from."),
    retrieved: PastDate.describe("When the fact was read from the source."),
    commit: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/)
      .optional()
      .describe("For datasets: the upstream commit the fact was read from."),
    note: Note.optional().describe("Anything a reader should know about how the fact was read."),
  })
  .describe("A source of facts.");
export type Source = z.infer<typeof Source>;

/**
 * What a model does, which decides the unit it is priced in: chat (text generation, multimodal input
 * included), embedding, image generation, speech (text to speech), transcription (speech to text),
 * video generation, rerank, moderation, realtime (live audio conversation). Absent is unknown.
 * Labels and order: MODEL_KINDS and KIND_LABELS in src/shared/vocabulary.ts.
 */
export const ModelKind = z.enum([
  "chat",
  "embedding",
  "image",
  "speech",
  "transcription",
  "video",
  "rerank",
  "moderation",
  "realtime",
]);
export type ModelKind = z.infer<typeof ModelKind>;

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
    deprecated: PastDate.optional().describe("When the deprecation was announced or took effect."),
    retired: PastDate.optional().describe("When it stopped being served (or left the upstream catalog)."),
  })
  .describe("Dates of status changes.");

/** The `$schema` key that points editors at the published JSON Schema. */
export const SchemaRef = z.string().optional().describe("Path or URL of this record's JSON Schema, for editors.");

/** A place where two sources disagree, kept so readers can see both. */
export const Disagreement = z
  .strictObject({
    field: ShortText.min(1).describe("The field the sources disagree on, e.g. 'knowledgeCutoff'."),
    value: z.union([ShortText, z.number(), z.boolean()]).describe("What the other source says."),
    source: Source,
    resolution: Note.describe("Which value the record keeps and why."),
  })
  .describe("A fact on which sources disagree.");
export type Disagreement = z.infer<typeof Disagreement>;
