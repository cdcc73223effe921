// Type-only import: this module runs in the browser too, and must not pull zod in.
import type { Capabilities } from "~/schemas";

/** Display names of the capabilities, in the schema's order. */
export const CAPABILITY_LABELS: Record<keyof Capabilities, string> = {
  toolCalling: "Tool calling",
  parallelToolCalls: "Parallel tool calls",
  structuredOutputs: "Structured outputs",
  jsonMode: "JSON mode",
  reasoning: "Reasoning",
  streaming: "Streaming",
  fineTuning: "Fine-tuning",
  promptCaching: "Prompt caching",
  batch: "Batch API",
  predictedOutputs: "Predicted outputs",
  distillation: "Distillation",
  temperature: "Temperature",
  attachments: "File attachments",
};

/** [key, label] pairs in display order. */
export const CAPABILITY_ENTRIES = (Object.keys(CAPABILITY_LABELS) as (keyof Capabilities)[]).map(
  (key) => [key, CAPABILITY_LABELS[key]] as const,
);
