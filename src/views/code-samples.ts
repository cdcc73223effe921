import type { Provider } from "~/schemas";

export interface CodeSample {
  title: string;
  code: string;
}

/** Short code samples for calling `apiId` at a provider, from the provider's API style and SDK package. */
export function codeSamples(provider: Provider, apiId: string): CodeSample[] {
  const samples: CodeSample[] = [];
  const env = provider.env?.[0] ?? "API_KEY";
  const base = provider.apiBaseUrl?.replace(/\/$/, "");
  if (base && !base.includes("${") && provider.apiStyle === "openai") {
    samples.push({
      title: "curl (OpenAI-compatible API)",
      code: `curl ${base}/chat/completions \\
  -H "Authorization: Bearer $${env}" \\
  -H "Content-Type: application/json" \\
  -d '{"model": ${JSON.stringify(apiId)}, "messages": [{"role": "user", "content": "Hello"}]}'`,
    });
  }
  if (base && provider.apiStyle === "anthropic") {
    samples.push({
      title: "curl (Messages API)",
      code: `curl ${base}/messages \\
  -H "x-api-key: $${env}" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "Content-Type: application/json" \\
  -d '{"model": ${JSON.stringify(apiId)}, "max_tokens": 1024, "messages": [{"role": "user", "content": "Hello"}]}'`,
    });
  }
  if (provider.sdkPackage?.startsWith("@ai-sdk/")) {
    const factory = provider.sdkPackage
      .slice("@ai-sdk/".length)
      .split("/")[0]!
      .replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    samples.push({
      title: `AI SDK (${provider.sdkPackage})`,
      code: `import { generateText } from "ai";
import { ${factory} } from "${provider.sdkPackage}";

const { text } = await generateText({
  model: ${factory}(${JSON.stringify(apiId)}),
  prompt: "Hello",
});`,
    });
  } else if (provider.sdkPackage) {
    samples.push({
      title: `AI SDK (${provider.sdkPackage})`,
      code: `// npm install ai ${provider.sdkPackage}\n// Model id at ${provider.name}: ${apiId}\n// Credentials: ${provider.env?.join(", ") ?? "see the provider's docs"}`,
    });
  }
  return samples;
}
