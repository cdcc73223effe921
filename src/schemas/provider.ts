import { z } from "zod";
import { Name, PastDate, SchemaRef, ShortText, Source, Summary, Url } from "./common";

/**
 * An organisation that makes models (a lab) and/or serves them. The id is the file name:
 * `content/curated/providers/openai.json` is provider `openai`.
 */
export const Provider = z
  .strictObject({
    $schema: SchemaRef,
    name: Name.describe("Display name, e.g. 'Amazon Bedrock'."),
    roles: z
      .array(z.enum(["lab", "cloud", "host", "router"]))
      .min(1)
      .describe("What it does: makes models (lab), a hyperscaler cloud, an inference host, or a router."),
    billing: z
      .enum(["usage", "subscription"])
      .optional()
      .describe(
        "How it charges: per use (the default), or a subscription plan whose token prices are included in the fee.",
      ),
    summary: Summary.optional().describe("One line on who they are, in our words."),
    url: Url.optional().describe("Home page."),
    docs: Url.optional().describe("API documentation."),
    pricingPage: Url.optional().describe("Official pricing page."),
    apiBaseUrl: ShortText.optional().describe("Base URL of its API, for code samples."),
    apiStyle: z
      .enum(["openai", "anthropic", "google", "bedrock", "other"])
      .optional()
      .describe("Which API shape its endpoint speaks."),
    sdkPackage: ShortText.optional().describe("The AI SDK provider package, e.g. '@ai-sdk/openai'."),
    env: z.array(ShortText).optional().describe("Environment variables its SDK reads for credentials."),
    country: z.string().length(2).optional().describe("ISO 3166 country code of its headquarters."),
    logo: ShortText.optional().describe("Path of its logo under public/, e.g. '/logos/openai.svg'."),
    sources: z.array(Source).min(1).describe("Where the facts in this record came from."),
    verified: PastDate.describe("When a person or an import last checked this record."),
  })
  .describe("A provider: a lab, a cloud, an inference host or a router.");
export type Provider = z.infer<typeof Provider>;
