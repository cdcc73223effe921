import { describe, expect, it } from "vitest";
import { identityKey, normalizedName, parseProviderId, splitVendorName } from "~/import/identity/normalize";

describe("parseProviderId: provider id conventions", () => {
  it.each([
    ["openai/gpt-oss-120b", "gpt-oss-120b", "openai"],
    ["@cf/openai/gpt-oss-120b", "gpt-oss-120b", "openai"],
    ["workers-ai/@cf/openai/gpt-oss-120b", "gpt-oss-120b", "openai"],
    ["accounts/fireworks/models/gpt-oss-120b", "gpt-oss-120b", undefined],
    ["openai.gpt-oss-120b-1:0", "gpt-oss-120b", "openai"],
    ["anthropic--claude-4.5-haiku", "claude-4.5-haiku", "anthropic"],
    ["openai-gpt-oss-120b", "gpt-oss-120b", "openai"],
    ["databricks-gpt-oss-120b", "gpt-oss-120b", undefined],
    ["hf:openai/gpt-oss-120b", "gpt-oss-120b", "openai"],
    ["meta-llama/Llama-3.3-70B-Instruct", "llama-3.3-70b-instruct", "meta"],
  ])("%s -> core %s, vendor %s", (id, core, vendor) => {
    const p = parseProviderId(id);
    expect(p.core).toBe(core);
    expect(p.vendor).toBe(vendor);
  });

  it("reads Bedrock's regional prefix as a region and drops the version suffix", () => {
    expect(parseProviderId("us.anthropic.claude-haiku-4-5-20251001-v1:0")).toEqual({
      core: "claude-haiku-4-5-20251001",
      vendor: "anthropic",
      region: "us",
    });
    expect(parseProviderId("global.anthropic.claude-opus-4-7").region).toBe("global");
    expect(parseProviderId("us-gov.openai.gpt-oss-120b-1:0")).toMatchObject({ core: "gpt-oss-120b", region: "us-gov" });
  });

  it("reads serving tiers and quantization as offering attributes, not models", () => {
    expect(parseProviderId("openai/gpt-oss-120b:free")).toMatchObject({ core: "gpt-oss-120b", tier: "free" });
    expect(parseProviderId("anthropic/claude-3.7-sonnet:thinking")).toMatchObject({ tier: "thinking" });
    expect(parseProviderId("TEE/gpt-oss-120b")).toMatchObject({ core: "gpt-oss-120b", tier: "tee" });
    expect(parseProviderId("glm-5-fp8")).toMatchObject({ core: "glm-5", tier: "fp8" });
    expect(parseProviderId("gpt-oss-120b-maas")).toMatchObject({ core: "gpt-oss-120b", tier: "maas" });
  });

  it("keeps what makes a distinct model: a -thinking model, a date, a size, a version", () => {
    expect(parseProviderId("claude-haiku-4-5-20251001-thinking").core).toBe("claude-haiku-4-5-20251001-thinking");
    expect(parseProviderId("claude-haiku-4-5@20251001").core).toBe("claude-haiku-4-5-20251001");
    expect(parseProviderId("deepseek-v3").core).toBe("deepseek-v3");
  });

  it("takes an organisation segment that is no known vendor as a possible maker", () => {
    expect(parseProviderId("perceptron/perceptron-mk1")).toMatchObject({ core: "perceptron-mk1", org: "perceptron" });
    expect(parseProviderId("arcee-ai/trinity-mini")).toMatchObject({ core: "trinity-mini", vendor: "arcee-ai" });
    expect(parseProviderId("@cf/baai/bge-m3")).toMatchObject({ core: "bge-m3", vendor: "baai" });
  });
});

describe("identityKey", () => {
  it("is the same for spellings of one id", () => {
    const k = identityKey("claude-haiku-4-5");
    expect(identityKey("claude-haiku-4.5")).toBe(k);
    expect(identityKey("claude-4.5-haiku")).toBe(k);
    expect(identityKey("Claude Haiku 4.5")).toBe(k);
    expect(identityKey("kimi-k2p6")).toBe(identityKey("kimi-k2.6"));
    expect(identityKey("deepseek-v3.2")).toBe(identityKey("deepseek-3.2"));
    expect(identityKey("imagen-4.0-fast")).toBe(identityKey("imagen-4-fast"));
  });

  it("differs for sizes, versions, dates and variants", () => {
    expect(identityKey("gpt-oss-120b")).not.toBe(identityKey("gpt-oss-20b"));
    expect(identityKey("claude-haiku-4-5")).not.toBe(identityKey("claude-haiku-4-5-20251001"));
    expect(identityKey("gpt-4.1")).not.toBe(identityKey("gpt-4.1-mini"));
    expect(identityKey("qwen3-235b-a22b")).not.toBe(identityKey("qwen3-235b"));
    expect(identityKey("gemini-2.5-flash")).not.toBe(identityKey("gemini-2.0-flash"));
  });
});

describe("names", () => {
  it("splits a leading 'Vendor: ' and measures names as the issue does", () => {
    expect(splitVendorName("AionLabs: Aion-1.0")).toEqual({ vendor: "AionLabs", rest: "Aion-1.0" });
    expect(normalizedName("AionLabs: Aion-1.0")).toBe("aion10");
    expect(normalizedName("Aion 1.0")).toBe("aion10");
  });
});
