/**
 * The importer's explicit tables. Everything the importer decides beyond what the data says
 * (who made a model, what kind of provider someone is, which benchmark a name means) is here,
 * so that it can be read and corrected in one place.
 */
import { EXTRA_LAB_NAMES } from "~/import/identity/creators";

/**
 * Creator-qualified id prefixes (`meta-llama/Llama-3.3-70B`, `openai/gpt-4.1-nano`) and the
 * provider id of the lab they name. Matched lower-case. A prefix not listed here is not taken
 * as a creator: the model is then namespaced under the serving provider (`creatorUnknown`).
 */
export const CREATOR_PREFIXES: Readonly<Record<string, string>> = {
  openai: "openai",
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
  ai21: "ai21",
  "ai21-labs": "ai21",
  sarvam: "sarvam",
  sarvamai: "sarvam",
  sakana: "sakana",
  upstage: "upstage",
  inception: "inception",
  poolside: "poolside",
  morph: "morph",
};

/**
 * Display names of labs that may have no provider.toml in a snapshot (they create models but do
 * not serve them there). Used for the minimal provider record a creator needs.
 */
export const LAB_NAMES: Readonly<Record<string, string>> = {
  meta: "Meta",
  microsoft: "Microsoft",
  amazon: "Amazon",
  baidu: "Baidu",
  bytedance: "ByteDance",
  tencent: "Tencent",
  ibm: "IBM",
  ai21: "AI21 Labs",
  deepreinforce: "DeepReinforce",
  openai: "OpenAI",
  anthropic: "Anthropic",
  google: "Google",
  mistral: "Mistral AI",
  alibaba: "Alibaba",
  xai: "xAI",
  deepseek: "DeepSeek",
  zhipuai: "Zhipu AI",
  moonshotai: "Moonshot AI",
  minimax: "MiniMax",
  nvidia: "NVIDIA",
  cohere: "Cohere",
  xiaomi: "Xiaomi",
  perplexity: "Perplexity",
  stepfun: "StepFun",
  sarvam: "Sarvam AI",
  sakana: "Sakana AI",
  upstage: "Upstage",
  inception: "Inception",
  poolside: "Poolside",
  morph: "Morph",
};

/**
 * Providers that are a lab's own API (or its regional or subscription variant), and that lab.
 * Used to match an offering's plain id to `models/<lab>/<id>` (grouping rule 3).
 */
export const FIRST_PARTY: Readonly<Record<string, string>> = {
  openai: "openai",
  anthropic: "anthropic",
  google: "google",
  alibaba: "alibaba",
  "alibaba-cn": "alibaba",
  "alibaba-coding-plan": "alibaba",
  "alibaba-coding-plan-cn": "alibaba",
  "alibaba-token-plan": "alibaba",
  "alibaba-token-plan-cn": "alibaba",
  cohere: "cohere",
  deepseek: "deepseek",
  minimax: "minimax",
  "minimax-cn": "minimax",
  "minimax-coding-plan": "minimax",
  "minimax-cn-coding-plan": "minimax",
  mistral: "mistral",
  moonshotai: "moonshotai",
  "moonshotai-cn": "moonshotai",
  "kimi-for-coding": "moonshotai",
  nvidia: "nvidia",
  perplexity: "perplexity",
  sakana: "sakana",
  sarvam: "sarvam",
  stepfun: "stepfun",
  "stepfun-ai": "stepfun",
  xai: "xai",
  xiaomi: "xiaomi",
  "xiaomi-token-plan-ams": "xiaomi",
  "xiaomi-token-plan-cn": "xiaomi",
  "xiaomi-token-plan-sgp": "xiaomi",
  zhipuai: "zhipuai",
  "zhipuai-coding-plan": "zhipuai",
  zai: "zhipuai",
  "zai-coding-plan": "zhipuai",
  "tencent-coding-plan": "tencent",
  "tencent-tokenhub": "tencent",
  llama: "meta",
};

/**
 * First-party providers that serve only their lab's models, so an unmatched plain id there is the
 * lab's model. Plans and regional endpoints that resell other labs' models (alibaba-cn serves
 * DeepSeek and Kimi; the coding plans serve GLM and MiniMax) are left out on purpose.
 */
export const SERVES_OWN_MODELS_ONLY: ReadonlySet<string> = new Set([
  "openai",
  "anthropic",
  "google",
  "alibaba",
  "cohere",
  "deepseek",
  "minimax",
  "minimax-cn",
  "mistral",
  "moonshotai",
  "moonshotai-cn",
  "perplexity",
  "sakana",
  "sarvam",
  "stepfun",
  "xai",
  "xiaomi",
  "zhipuai",
  "zai",
  "llama",
  "inception",
  "upstage",
  "poolside",
  "morph",
]);

/**
 * Subscription plans: their offerings are paid for by a monthly fee, and the upstream data writes their
 * token prices as 0. Shown as "in plan", never as free or as the cheapest price. Matched by the plan
 * names upstream gives them ("… Coding Plan", "… Token Plan") and by these ids.
 */
export const SUBSCRIPTION_NAME = /\b(Coding|Token) Plan\b/;
export const SUBSCRIPTION_IDS: ReadonlySet<string> = new Set(["github-copilot", "kimi-for-coding"]);

/**
 * Roles of providers that are not labs. A provider not listed is a `host` (it runs inference);
 * a lab (a `models/<lab>/` folder, or a first-party API above) is `lab` plus `host`.
 */
export const PROVIDER_ROLES: Readonly<Record<string, ("cloud" | "router" | "host")[]>> = {
  "amazon-bedrock": ["cloud"],
  azure: ["cloud"],
  "azure-cognitive-services": ["cloud"],
  "google-vertex": ["cloud"],
  "google-vertex-anthropic": ["cloud"],
  "sap-ai-core": ["cloud"],
  "snowflake-cortex": ["cloud"],
  databricks: ["cloud"],
  digitalocean: ["cloud"],
  ovhcloud: ["cloud"],
  scaleway: ["cloud"],
  stackit: ["cloud"],
  "cloudflare-workers-ai": ["cloud"],
  vultr: ["cloud"],
  "cloudferro-sherlock": ["cloud"],
  openrouter: ["router"],
  requesty: ["router"],
  helicone: ["router"],
  vercel: ["router"],
  llmgateway: ["router"],
  "cloudflare-ai-gateway": ["router"],
  fastrouter: ["router"],
  aihubmix: ["router"],
  zenmux: ["router"],
  orcarouter: ["router"],
  "merge-gateway": ["router"],
  anyapi: ["router"],
  "nano-gpt": ["router"],
  poe: ["router"],
  kilo: ["router"],
  opencode: ["router"],
  "opencode-go": ["router"],
  "routing-run": ["router"],
  auriko: ["router"],
  "302ai": ["router"],
  jiekou: ["router"],
  "github-copilot": ["router"],
  "github-models": ["router"],
  gitlab: ["router"],
  abacus: ["router"],
  "the-grid-ai": ["router"],
  llmtr: ["router"],
};

/**
 * upstream benchmark names -> ids of content/benchmarks/*.json. Names not listed are reported
 * as unmatched (benchmark definitions are curated, not imported).
 */
export const BENCHMARK_IDS: Readonly<Record<string, string>> = {
  "aider polyglot": "aider-polyglot",
  scicode: "scicode",
  "swe-bench verified": "swe-bench-verified",
  "swe-bench pro": "swe-bench-pro",
  "swe bench pro": "swe-bench-pro",
  "terminal-bench": "terminal-bench",
  "artificial analysis coding index": "aa-coding-index",
  "artificial analysis intelligence index": "aa-intelligence-index",
  "artificial analysis math index": "aa-math-index",
  "artificial analysis agentic index": "aa-agentic-index",
  "terminal-bench hard": "terminal-bench-hard",
  livecodebench: "livecodebench",
  "humanity’s last exam": "hle",
  "humanity's last exam": "hle",
  "gpqa diamond": "gpqa-diamond",
  "mmlu-pro": "mmlu-pro",
  mmlu: "mmlu",
  mmmu: "mmmu",
  ifbench: "ifbench",
  "aime 2024": "aime-2024",
  "aime 2025": "aime-2025",
  "math-500": "math-500",
  "aa-lcr": "aa-lcr",
  "τ²-bench": "tau2-bench",
};

/** All tables, so tests (and other snapshots) can extend them. */
export interface ImportTables {
  creatorPrefixes: Readonly<Record<string, string>>;
  labNames: Readonly<Record<string, string>>;
  firstParty: Readonly<Record<string, string>>;
  servesOwnModelsOnly: ReadonlySet<string>;
  providerRoles: Readonly<Record<string, ("cloud" | "router" | "host")[]>>;
}

export const DEFAULT_TABLES: ImportTables = {
  creatorPrefixes: CREATOR_PREFIXES,
  labNames: { ...LAB_NAMES, ...EXTRA_LAB_NAMES },
  firstParty: FIRST_PARTY,
  servesOwnModelsOnly: SERVES_OWN_MODELS_ONLY,
  providerRoles: PROVIDER_ROLES,
};

/** The default tables with `extra` entries merged over them. */
export function withTables(extra?: Partial<ImportTables>): ImportTables {
  return {
    creatorPrefixes: { ...DEFAULT_TABLES.creatorPrefixes, ...extra?.creatorPrefixes },
    labNames: { ...DEFAULT_TABLES.labNames, ...extra?.labNames },
    firstParty: { ...DEFAULT_TABLES.firstParty, ...extra?.firstParty },
    servesOwnModelsOnly: new Set([...DEFAULT_TABLES.servesOwnModelsOnly, ...(extra?.servesOwnModelsOnly ?? [])]),
    providerRoles: { ...DEFAULT_TABLES.providerRoles, ...extra?.providerRoles },
  };
}
