import { z } from "zod";
import {
  Capabilities,
  Disagreement,
  Name,
  Note,
  PastDate,
  ShortText,
  Limits,
  Modalities,
  ModelRef,
  SchemaRef,
  Source,
  Status,
  StatusDates,
} from "./common";
import { PriceHistory } from "./prices";

export const Endpoint = z.enum([
  "chat-completions",
  "responses",
  "realtime",
  "assistants",
  "batch",
  "fine-tuning",
  "embeddings",
  "image-generation",
  "image-edit",
  "speech-generation",
  "transcription",
  "translation",
  "moderation",
  "completions",
  "messages",
  "generate-content",
  "converse",
  "invoke",
]);
export type Endpoint = z.infer<typeof Endpoint>;

const count = (what: string) =>
  z.int().nonnegative().optional().describe(`${what}. Absent means not published or no limit.`);

export const RateLimitTier = z
  .strictObject({
    tier: Name.describe("Usage tier name, e.g. 'Free', 'Tier 1'."),
    rpm: count("Requests per minute"),
    rpd: count("Requests per day"),
    tpm: count("Tokens per minute"),
    batchQueueLimit: count("Tokens that may wait in the batch queue"),
  })
  .describe("Rate limits of one usage tier.");

export const Performance = z
  .strictObject({
    metric: z.enum(["ttft", "throughput", "uptime", "latency-p50"]).describe("What was measured."),
    value: z.number().nonnegative(),
    unit: z.enum(["ms", "tokens/s", "percent"]),
    date: PastDate.describe("When it was measured or published."),
    source: Source,
  })
  .describe("A measured performance figure.");

/**
 * One provider serving one model. The id is the path under `offerings/`:
 * `content/curated/offerings/openrouter/openai/gpt-4.1-nano.json` is offering `openrouter/openai/gpt-4.1-nano`
 * of provider `openrouter`.
 */
export const Offering = z
  .strictObject({
    $schema: SchemaRef,
    model: ModelRef.describe("The model served, `<creator>/<slug>`."),
    apiId: Name.describe("The model id to send to this provider's API."),
    name: Name.optional().describe("The provider's own display name, where it differs from the model's."),
    status: Status.default("active").describe("Lifecycle status at this provider."),
    statusDates: StatusDates.optional(),
    limits: Limits.optional().describe("Limits where this provider differs from the model."),
    modalities: Modalities.optional().describe("Modalities where this provider differs from the model."),
    capabilities: Capabilities.optional().describe("Capabilities where this provider differs from the model."),
    endpoints: z.array(Endpoint).optional().describe("API endpoints that serve it."),
    regions: z.array(ShortText).optional().describe("Regions where it is served."),
    variant: ShortText.min(1)
      .optional()
      .describe("Serving tier or variant this id stands for at the provider (free, thinking, tee, …), same model."),
    rateLimits: z
      .strictObject({ tiers: z.array(RateLimitTier).min(1), note: Note.optional(), source: Source })
      .optional()
      .describe("Rate limits per usage tier."),
    performance: z.array(Performance).optional().describe("Measured performance figures."),
    prices: PriceHistory,
    observations: z
      .array(z.strictObject({ from: PastDate, field: ShortText, value: z.number(), source: Source }))
      .optional()
      .describe("Prices other sources recorded that disagree with the history; kept, not shown as changes."),
    disagreements: z.array(Disagreement).optional(),
    sources: z.array(Source).min(1).describe("Where the facts in this record came from."),
    verified: PastDate.describe("When a person or an import last checked this record."),
  })
  .describe("An offering: one provider serving one model, with its price history.");
export type Offering = z.infer<typeof Offering>;
