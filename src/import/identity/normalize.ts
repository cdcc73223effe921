/**
 * Provider id conventions, undone: what a provider-specific model id says about the model (its
 * core id and maker) and about the offering (region, serving tier). Pure functions, no I/O.
 *
 * - path segments: `openai/gpt-oss-120b`, `accounts/fireworks/models/gpt-oss-120b`,
 *   `@cf/openai/gpt-oss-120b`, `workers-ai/@cf/…` (gateways): the last segment is the model, an
 *   earlier segment that is a vendor word names its maker;
 * - Bedrock: regional prefixes (`us.`, `eu.`, `jp.`, `apac.`, `au.`, `ca.`, `global.`, `us-gov.`),
 *   vendor prefixes (`anthropic.`) and version suffixes (`-v1:0`, `-1:0`);
 * - SAP (`anthropic--claude…`), hosts that prefix the vendor (`openai-gpt-oss-120b`) or themselves
 *   (`databricks-gpt-oss-120b`), Synthetic's `hf:`;
 * - tags that are serving tiers, not models: `:free`, `:thinking`, `:extended`, `:nitro`,
 *   `:exacto`, `-free`, `-exacto`, `-maas`, `-tee`/`tee-`, `-cloud`, `-high-throughput`;
 * - Vertex's `@20251001` snapshot suffix is a dated snapshot (`-20251001`), kept.
 */
import { creatorOfFamily, creatorOfVendor } from "./creators";

export interface ParsedId {
  /** The model's own id with every provider convention removed, lower case (`gpt-oss-120b`). */
  core: string;
  /** The maker a vendor word in the id names, if any. */
  vendor?: string;
  /**
   * An organisation segment before the model (`arcee-ai/trinity-mini`, `@cf/baai/bge-m3`) that is
   * no known vendor word: the maker, unless the caller knows it as a host or router.
   */
  org?: string;
  /** Region the id encodes (`us`, `eu`, `global`, …). */
  region?: string;
  /** Serving tier the id encodes (`free`, `thinking`, `tee`, …). */
  tier?: string;
}

const TAGS = new Set(["free", "thinking", "extended", "nitro", "floor", "online", "exacto", "beta"]);
const REGIONS = /^(us-gov|us|eu|jp|apac|au|ca|global|ap)\./;
const DASH_TIERS: [RegExp, string][] = [
  [/-free$/, "free"],
  [/-exacto$/, "exacto"],
  [/-maas$/, "maas"],
  [/-tee$/, "tee"],
  [/^tee-/, "tee"],
  [/-cloud$/, "cloud"],
  [/-high-throughput$/, "high throughput"],
  [/-(fp8|fp4|nvfp4|int4|int8|awq|gptq|bf16|fp16)$/, "quantized"],
];
/** Path segments that are routes, not organisations. */
const ROUTE_WORDS = new Set([
  "tee",
  "models",
  "accounts",
  "chat-completion",
  "workers-ai",
  "aws-bedrock",
  "azure-openai",
]);

export function parseProviderId(id: string): ParsedId {
  const out: ParsedId = { core: "" };
  let s = id.trim().toLowerCase();
  const tag = /:([a-z-]+)$/.exec(s);
  if (tag && TAGS.has(tag[1]!)) {
    out.tier = tag[1];
    s = s.slice(0, tag.index);
  }
  s = s.replace(/^hf:/, "");
  const segments = s.split("/").filter((x) => x && !x.startsWith("@"));
  let m = segments.pop() ?? "";
  for (const seg of segments) out.vendor = creatorOfVendor(seg) ?? out.vendor;
  if (!out.vendor) {
    const org = segments
      .map((x) => x.replace(/_/g, "-"))
      .find((x) => !ROUTE_WORDS.has(x) && /^[a-z][a-z0-9-]+$/.test(x));
    if (org) out.org = org;
  }
  if (segments.includes("tee")) out.tier ??= "tee";
  const region = REGIONS.exec(m);
  if (region) {
    out.region = region[1];
    m = m.slice(region[0].length);
  }
  const dotted = /^([a-z0-9-]+)\.(.+)$/.exec(m);
  if (dotted && creatorOfVendor(dotted[1]!)) {
    out.vendor = creatorOfVendor(dotted[1]!);
    m = dotted[2]!;
  }
  const sap = /^([a-z0-9-]+?)--(.+)$/.exec(m);
  if (sap && creatorOfVendor(sap[1]!)) {
    out.vendor = creatorOfVendor(sap[1]!);
    m = sap[2]!;
  }
  m = m.replace(/@(\d{8})$/, "-$1").replace(/-v?\d+:\d+$/, "");
  for (const [re, tier] of DASH_TIERS)
    if (re.test(m)) {
      const q = re.exec(m)![1];
      out.tier ??= tier === "quantized" && q ? q : tier;
      m = m.replace(re, "");
    }
  // A word before a family name: the vendor (`openai-gpt-oss-120b`) or the host (`databricks-…`).
  const lead = /^([a-z0-9]+)-(.+)$/.exec(m);
  if (lead && !creatorOfFamily(m) && creatorOfFamily(lead[2]!)) {
    if (creatorOfVendor(lead[1]!)) out.vendor = creatorOfVendor(lead[1]!);
    m = lead[2]!;
  }
  out.core = m;
  return out;
}

/**
 * The identity key of a core id: its words and numbers, in any order and with any separators
 * (`claude-haiku-4-5`, `claude-4.5-haiku` and `Claude Haiku 4.5` give one key), dates written
 * without separators. Sizes, versions and dates stay in the key, so they never merge.
 */
export function identityKey(core: string): string {
  const s = core
    .toLowerCase()
    .replace(/(\d{4})-(\d{2})-(\d{2})/g, "$1$2$3")
    .replace(/(\d)p(?=\d)/g, "$1.") // Fireworks writes 2.6 as 2p6 (`kimi-k2p6`)
    .replace(/:/g, "-")
    // `4-5` is 4.5, but `4-31b` is version 4, size 31B.
    .replace(/(\d)[-_.](?=\d{1,3}(?![\dbmk]))/g, "$1.")
    .replace(/(\d)\.0(?![.\d])/g, "$1");
  const tokens = s.match(/[a-z]+|\d+(\.\d+)*/g) ?? [];
  // `v3.2` and `3.2` are one version.
  return tokens
    .filter((t, i) => !(t === "v" && /^\d/.test(tokens[i + 1] ?? "")))
    .map((t) => (t === "think" ? "thinking" : t))
    .sort()
    .join(" ");
}

/** A display name's maker prefix ("AionLabs: Aion-1.0" -> AionLabs) and the rest. */
export function splitVendorName(name: string): { vendor?: string; rest: string } {
  const m = /^([^:]{2,40}):\s+(.+)$/.exec(name.trim());
  return m ? { vendor: m[1]!, rest: m[2]! } : { rest: name.trim() };
}

/** The catalog's collision measure: lower case, letters and digits only, a leading "Vendor: " removed. */
export function normalizedName(name: string): string {
  return splitVendorName(name)
    .rest.toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
