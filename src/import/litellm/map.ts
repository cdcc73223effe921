/**
 * How the LiteLLM price file's fields and providers map onto the catalog. An explicit table: a
 * field or provider not listed here is reported by the import, never guessed.
 */
import type { PriceDimension } from "~/schemas";

/** LiteLLM cost fields (US dollars per token) -> price dimension (US dollars per 1M tokens). */
export const FIELD_DIMENSIONS: Readonly<Record<string, PriceDimension>> = {
  input_cost_per_token: "input",
  output_cost_per_token: "output",
  cache_read_input_token_cost: "cacheRead",
  cache_creation_input_token_cost: "cacheWrite",
  cache_creation_input_token_cost_above_1hr: "cacheWrite1h",
  input_cost_per_token_batches: "batchInput",
  output_cost_per_token_batches: "batchOutput",
  output_cost_per_reasoning_token: "reasoning",
  input_cost_per_audio_token: "inputAudio",
  output_cost_per_audio_token: "outputAudio",
};

/**
 * `litellm_provider` -> the catalog provider whose API the key names. First-party APIs and Google
 * Vertex only: there the key is the provider's own model id, so the offering is `<provider>/<key>`.
 */
export const PROVIDERS: Readonly<Record<string, string>> = {
  openai: "openai",
  "text-completion-openai": "openai",
  anthropic: "anthropic",
  gemini: "google",
  "vertex_ai-language-models": "google-vertex",
  "vertex_ai-vision-models": "google-vertex",
  "vertex_ai-embedding-models": "google-vertex",
  xai: "xai",
  deepseek: "deepseek",
  moonshot: "moonshotai",
  zhipu: "zhipuai",
  minimax: "minimax",
};

/**
 * Modes whose token prices mean text tokens. Other modes (image generation, speech, transcription,
 * video) price other units under the same field names: their keys are reported, not imported.
 * Embeddings have input prices only.
 */
export const TOKEN_MODES: ReadonlySet<string> = new Set(["chat", "responses", "completion", "embedding"]);
export const INPUT_ONLY_MODES: ReadonlySet<string> = new Set(["embedding"]);

/** A per-token cost as USD per 1M tokens, without float noise (8e-7 is 0.8, not 0.7999999999999999). */
export const perMillion = (perToken: number) => Number((perToken * 1e6).toPrecision(12));

export interface MappedPrices {
  prices: Partial<Record<PriceDimension, number>>;
  /** Cost fields with no dimension here (tiers, priority, flex, images...). */
  unmapped: string[];
}

/** The prices of one LiteLLM entry, in the catalog's dimensions. */
export function mapEntry(entry: Record<string, unknown>): MappedPrices {
  const prices: Partial<Record<PriceDimension, number>> = {};
  const unmapped: string[] = [];
  const inputOnly = INPUT_ONLY_MODES.has(String(entry.mode));
  for (const [field, value] of Object.entries(entry)) {
    if (!/cost/.test(field)) continue;
    const dim = FIELD_DIMENSIONS[field];
    if (!dim || typeof value !== "number" || (inputOnly && dim !== "input")) {
      unmapped.push(field);
      continue;
    }
    prices[dim] = perMillion(value);
  }
  return { prices, unmapped };
}
