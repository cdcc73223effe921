/**
 * Who made a model, read from its id or name when the data does not say, and who never makes
 * models (resellers, routers, gateways, clouds that only serve others' models).
 * Everything here is an explicit, reviewable table; a model no rule names keeps `creatorUnknown`.
 */

/**
 * Providers that serve other labs' models and make none of their own (in the catalog's data):
 * never a model's creator. A model namespaced under one of them is `creatorUnknown`.
 */
export const RESELLERS: ReadonlySet<string> = new Set([
  "nano-gpt",
  "302ai",
  "helicone",
  "azure",
  "azure-cognitive-services",
  "digitalocean",
  "kilo",
  "amazon-bedrock",
  "qiniu-ai",
  "openrouter",
  "cloudflare-ai-gateway",
  "cloudflare-workers-ai",
  "poe",
  "vercel",
  "github-models",
  "github-copilot",
  "requesty",
  "zenmux",
  "aihubmix",
  "llmgateway",
  "fastrouter",
  "orcarouter",
  "merge-gateway",
  "anyapi",
  "opencode",
  "opencode-go",
  "routing-run",
  "auriko",
  "jiekou",
  "gitlab",
  "abacus",
  "the-grid-ai",
  "llmtr",
  "google-vertex",
  "google-vertex-anthropic",
  "sap-ai-core",
  "snowflake-cortex",
  "databricks",
  "ovhcloud",
  "scaleway",
  "stackit",
  "vultr",
  "cloudferro-sherlock",
  "firmware",
  "frogbot",
  "cortecs",
  "agentrouter",
  "qihang",
  "qihang-ai",
  "kiro",
  "freemodel",
  "synthetic",
  "venice",
  "ollama-cloud",
  "io-intelligence",
  "siliconflow",
  "siliconflow-cn",
  "regolo-ai",
  "dinference",
  // Hosts and routers that appear as an organisation segment in other providers' ids.
  "fal-ai",
  "kilo-auto",
  "nanogpt",
  "featherless-ai",
  "infermatic",
]);

/**
 * Resellers that also make models of their own (OpenRouter's routers: `openrouter/auto`): an
 * organisation segment naming one of them in an id is that maker.
 */
export const RESELLERS_THAT_MAKE: ReadonlySet<string> = new Set(["openrouter"]);

/**
 * Model families by the start of their id (after provider prefixes are removed), and their maker.
 * Only names that one lab uses: a family name two labs share is not listed.
 */
export const FAMILY_CREATORS: readonly [RegExp, string][] = [
  [
    /^(gpt|chatgpt|o[134](-|$)|dall-e|whisper|tts-1|text-embedding-(3|ada)|davinci|babbage|codex-mini|omni-moderation|sora)/,
    "openai",
  ],
  [/^claude/, "anthropic"],
  [/^(gemini|gemma|imagen|veo|palm|text-embedding-00|learnlm)/, "google"],
  [/^llama/, "meta"],
  [/^(mistral|mixtral|codestral|ministral|pixtral|magistral|devstral|voxtral|open-mistral|open-mixtral)/, "mistral"],
  [/^(qwen|qwq|qvq|wan2|wanx)/, "alibaba"],
  [/^deepseek/, "deepseek"],
  [/^(grok)/, "xai"],
  [/^(glm|chatglm|codegeex|cogview|cogvideo)/, "zhipuai"],
  [/^(kimi|moonshot)/, "moonshotai"],
  [/^(minimax|abab)/, "minimax"],
  [/^(phi-?\d|wizardlm|model-router$)/, "microsoft"],
  [/^(command|c4ai|embed-(english|multilingual|v\d)|rerank-(english|multilingual|v))/, "cohere"],
  [/^(jamba|j2-)/, "ai21"],
  [/^(ernie)/, "baidu"],
  [/^(hunyuan)/, "tencent"],
  [/^(doubao|seed-|seedream|seedance)/, "bytedance"],
  [/^(step-\d)/, "stepfun"],
  [/^(sonar|r1-1776)/, "perplexity"],
  [/^(mimo)/, "xiaomi"],
  [/^(nemotron|llama-\d(\.\d)?-nemotron)/, "nvidia"],
  [/^(granite)/, "ibm"],
  [/^(sarvam)/, "sarvam"],
  [/^(solar)/, "upstage"],
  [/^(mercury)/, "inception"],
  [/^(aion-)/, "aion-labs"],
  [/^v0-\d/, "v0"],
  [/^(hermes-\d|nous-hermes)/, "nousresearch"],
  [/^(flux)/, "black-forest-labs"],
  [/^yi-/, "01-ai"],
];

/** Display names of makers this module may name that the importer's lab table may not know. */
export const EXTRA_LAB_NAMES: Readonly<Record<string, string>> = {
  "aion-labs": "AionLabs",
  nousresearch: "Nous Research",
  "black-forest-labs": "Black Forest Labs",
  "01-ai": "01.AI",
};

/** Vendor words in provider ids and display names (`anthropic.`, `@cf/meta/`, "AionLabs: ") -> maker. */
export const VENDOR_WORDS: Readonly<Record<string, string>> = {
  openai: "openai",
  "gpt-oss": "openai",
  anthropic: "anthropic",
  google: "google",
  "meta-llama": "meta",
  meta: "meta",
  mistralai: "mistral",
  mistral: "mistral",
  "mistral-ai": "mistral",
  qwen: "alibaba",
  alibaba: "alibaba",
  "x-ai": "xai",
  xai: "xai",
  "deepseek-ai": "deepseek",
  deepseek: "deepseek",
  "z-ai": "zhipuai",
  "zai-org": "zhipuai",
  zai: "zhipuai",
  zhipuai: "zhipuai",
  thudm: "zhipuai",
  moonshotai: "moonshotai",
  moonshot: "moonshotai",
  minimax: "minimax",
  minimaxai: "minimax",
  nvidia: "nvidia",
  cohere: "cohere",
  xiaomi: "xiaomi",
  xiaomimimo: "xiaomi",
  microsoft: "microsoft",
  amazon: "amazon",
  perplexity: "perplexity",
  baidu: "baidu",
  bytedance: "bytedance",
  "bytedance-seed": "bytedance",
  tencent: "tencent",
  stepfun: "stepfun",
  "stepfun-ai": "stepfun",
  "ibm-granite": "ibm",
  ibm: "ibm",
  ai21: "ai21",
  "ai21-labs": "ai21",
  sarvam: "sarvam",
  sarvamai: "sarvam",
  upstage: "upstage",
  inception: "inception",
  "aion-labs": "aion-labs",
  aionlabs: "aion-labs",
  nousresearch: "nousresearch",
  "black-forest-labs": "black-forest-labs",
  bfl: "black-forest-labs",
  wanx: "alibaba",
  arcee: "arcee-ai",
  "arcee-ai": "arcee-ai",
  liquid: "liquid",
  liquidai: "liquid",
  primeintellect: "prime-intellect",
  "prime-intellect": "prime-intellect",
  kuaishou: "kwaipilot",
  kwaipilot: "kwaipilot",
  inclusionai: "inclusionai",
  allenai: "allenai",
  baai: "baai",
  writer: "writer",
  speakleash: "speakleash",
  "01-ai": "01-ai",
};

/** The maker a family name at the start of `core` names, if exactly one rule matches. */
export function creatorOfFamily(core: string): string | undefined {
  const hits = new Set(FAMILY_CREATORS.filter(([re]) => re.test(core)).map(([, c]) => c));
  return hits.size === 1 ? [...hits][0] : undefined;
}

/** The maker a vendor word names (`openai`, "AionLabs", `meta-llama`), matched without case or spaces. */
export function creatorOfVendor(word: string): string | undefined {
  const w = word.toLowerCase().trim();
  return VENDOR_WORDS[w] ?? VENDOR_WORDS[w.replace(/[^a-z0-9]+/g, "-")] ?? VENDOR_WORDS[w.replace(/[^a-z0-9]/g, "")];
}

/** Whether `provider` may be recorded as the maker of a model. */
export const mayCreate = (provider: string) => !RESELLERS.has(provider);
