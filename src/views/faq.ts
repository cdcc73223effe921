/** Questions and answers generated from a model's facts, for the page and its FAQPage data. */
import type { ModelView } from "./catalog-views";
import { formatInteger, formatMonth, formatTokenPrice } from "~/shared/format";

export interface Faq {
  question: string;
  answer: string;
}

export function modelFaq(model: ModelView): Faq[] {
  const m = model.entry.data;
  const name = m.name;
  const faq: Faq[] = [];
  if (m.limits?.context) {
    faq.push({
      question: `What is the context window of ${name}?`,
      answer: `${formatInteger(m.limits.context)} tokens${m.limits.maxOutput ? `, with up to ${formatInteger(m.limits.maxOutput)} output tokens per request` : ""}.`,
    });
  }
  if (model.cheapestInput && model.cheapestOutput) {
    faq.push({
      question: `How much does ${name} cost?`,
      answer: `From ${formatTokenPrice(model.cheapestInput.price)} per 1M input tokens (${model.cheapestInput.offering.providerName}) and ${formatTokenPrice(model.cheapestOutput.price)} per 1M output tokens (${model.cheapestOutput.offering.providerName}), across ${model.activeProviders} provider${model.activeProviders === 1 ? "" : "s"}.`,
    });
  }
  if (m.modalities) {
    const vision = m.modalities.input.includes("image");
    faq.push({
      question: `Can ${name} read images?`,
      answer: vision
        ? `Yes: it accepts ${m.modalities.input.join(", ")} as input and produces ${m.modalities.output.join(", ")}.`
        : `No: it accepts ${m.modalities.input.join(", ")} as input.`,
    });
  }
  if (m.knowledgeCutoff) {
    faq.push({
      question: `What is the knowledge cutoff of ${name}?`,
      answer: `${formatMonth(m.knowledgeCutoff)}, according to ${model.creatorName}.`,
    });
  }
  if (m.capabilities?.toolCalling !== undefined) {
    faq.push({
      question: `Does ${name} support tool calling?`,
      answer: m.capabilities.toolCalling ? "Yes, it can call functions you define." : "No.",
    });
  }
  if (m.openWeights !== undefined) {
    faq.push({
      question: `Are ${name}'s weights open?`,
      answer: m.openWeights
        ? `Yes${m.license ? `, under the ${m.license} licence` : ""}.`
        : "No, it is available only through APIs.",
    });
  }
  return faq;
}
