import { describe, expect, it } from "vitest";
import { parseProviderId } from "~/import/identity/normalize";
import { makerOf, resolveIdentity, veto, type Candidate, type CuratedIdentity } from "~/import/identity/resolve";

const none: CuratedIdentity = { aliases: [], notSame: [] };
function c(id: string, over: Partial<Candidate> = {}, rawId?: string): Candidate {
  const [ns, slug] = id.split("/") as [string, string];
  return {
    id,
    origin: "derived",
    parsed: parseProviderId(rawId ?? slug),
    facts: {},
    offerings: 1,
    ...(over.creator === undefined && !("creator" in over) ? {} : {}),
    ...over,
    creator: "creator" in over ? over.creator : ns,
  };
}

describe("resolveIdentity", () => {
  it("merges every provider's id of one model onto the lab's model file", () => {
    const r = resolveIdentity(
      [
        c("openai/gpt-oss-120b", { origin: "file", offerings: 30 }),
        c("amazon-bedrock/openai.gpt-oss-120b-1-0", { creator: undefined }, "openai.gpt-oss-120b-1:0"),
        c(
          "fireworks-ai/accounts-fireworks-models-gpt-oss-120b",
          { creator: undefined },
          "accounts/fireworks/models/gpt-oss-120b",
        ),
        c("nano-gpt/tee-gpt-oss-120b", { creator: undefined }, "TEE/gpt-oss-120b"),
        c("openai/gpt-oss-20b", { origin: "file" }),
      ],
      none,
    );
    expect(r.canonical.get("amazon-bedrock/openai.gpt-oss-120b-1-0")).toBe("openai/gpt-oss-120b");
    expect(r.canonical.get("fireworks-ai/accounts-fireworks-models-gpt-oss-120b")).toBe("openai/gpt-oss-120b");
    expect(r.canonical.get("nano-gpt/tee-gpt-oss-120b")).toBe("openai/gpt-oss-120b");
    expect(r.canonical.has("openai/gpt-oss-20b")).toBe(false);
    expect(r.rule.get("amazon-bedrock/openai.gpt-oss-120b-1-0")).toBe("provider-id");
  });

  it("makes a model from a family name only when two providers list the id", () => {
    const r = resolveIdentity(
      [c("azure/phi-4-mini", { creator: undefined }), c("azure-cognitive-services/phi-4-mini", { creator: undefined })],
      none,
    );
    expect(r.canonical.get("azure/phi-4-mini")).toBe("microsoft/phi-4-mini");
    expect(r.canonical.get("azure-cognitive-services/phi-4-mini")).toBe("microsoft/phi-4-mini");
  });

  it("re-homes a reseller-namespaced model under its maker, never the reseller", () => {
    const r = resolveIdentity(
      [
        c("kilo/aion-labs-aion-1.0", { creator: undefined, name: "AionLabs: Aion-1.0" }, "aion-labs/aion-1.0"),
        c("nano-gpt/aion-1.0", { creator: undefined, name: "Aion 1.0" }, "aion-1.0"),
      ],
      none,
    );
    expect(r.canonical.get("kilo/aion-labs-aion-1.0")).toBe("aion-labs/aion-1.0");
    expect(r.canonical.get("nano-gpt/aion-1.0")).toBe("aion-labs/aion-1.0");
    expect(r.created.get("aion-labs/aion-1.0")).toBe("aion-labs");
  });

  it("never merges on a name alone across makers, and leaves an unknown maker apart with the reason", () => {
    const r = resolveIdentity(
      [
        c("acme/auto", { origin: "file" }),
        c("other/auto", { origin: "file" }),
        c("router/auto", { creator: undefined }),
        c("host/mystery-7b", { creator: undefined }),
      ],
      none,
    );
    expect(r.canonical.size).toBe(0);
    expect(r.apart.find((a) => a.id === "router/auto")?.reason).toMatch(/2 makers/);
    expect(r.apart.find((a) => a.id === "host/mystery-7b")?.reason).toMatch(/maker unknown/);
  });

  it("keeps dated snapshots and -thinking models apart from their alias", () => {
    const r = resolveIdentity(
      [
        c("anthropic/claude-haiku-4-5", { origin: "file" }),
        c("anthropic/claude-haiku-4-5-20251001", { origin: "file" }),
        c("nano-gpt/claude-haiku-4-5-20251001-thinking", { creator: undefined }),
        c("openrouter/anthropic-claude-haiku-4.5", { creator: undefined }, "anthropic/claude-haiku-4.5"),
      ],
      none,
    );
    expect(r.canonical.get("openrouter/anthropic-claude-haiku-4.5")).toBe("anthropic/claude-haiku-4-5");
    expect(r.canonical.has("anthropic/claude-haiku-4-5-20251001")).toBe(false);
    // One host's -thinking id, its maker only from the family name: apart, never onto the alias.
    expect(r.canonical.has("nano-gpt/claude-haiku-4-5-20251001-thinking")).toBe(false);
    expect(r.apart.find((a) => a.id === "nano-gpt/claude-haiku-4-5-20251001-thinking")?.reason).toMatch(/family name/);
  });

  it("lets a contradicting fact veto a merge", () => {
    const r = resolveIdentity(
      [
        c("openai/gpt-4", { origin: "file", facts: { context: 8192, output: ["text"] } }),
        c("host/gpt-4", { creator: undefined, facts: { output: ["image"] } }),
      ],
      none,
    );
    expect(r.canonical.size).toBe(0);
    expect(r.apart[0]!.reason).toMatch(/output modalities differ/);
  });

  it("follows curated decisions first: aliases force, not-same pairs forbid", () => {
    const r = resolveIdentity(
      [
        c("moonshotai/kimi-k2.6", { origin: "file" }),
        c("kimi-for-coding/k2p6", { creator: undefined }),
        c("anthropic/claude-opus-4-7", { origin: "file" }),
        c("kilo/stealth-claude-opus-4.7", { creator: undefined }, "stealth-claude-opus-4.7"),
      ],
      {
        aliases: [{ model: "kimi-for-coding/k2p6", sameAs: "moonshotai/kimi-k2.6", note: "test" }],
        notSame: [{ models: ["kilo/stealth-claude-opus-4.7", "anthropic/claude-opus-4-7"], note: "test" }],
      },
    );
    expect(r.canonical.get("kimi-for-coding/k2p6")).toBe("moonshotai/kimi-k2.6");
    expect(r.rule.get("kimi-for-coding/k2p6")).toBe("curated");
    expect(r.canonical.has("kilo/stealth-claude-opus-4.7")).toBe(false);
    expect(r.apart.find((a) => a.id === "kilo/stealth-claude-opus-4.7")?.reason).toMatch(/test/);
  });
});

describe("makerOf and veto", () => {
  it("never takes a reseller as the maker", () => {
    expect(makerOf(c("nano-gpt/foo", { creator: "nano-gpt" })).creator).toBeUndefined();
    expect(makerOf(c("x/llama-3.3-70b", { creator: undefined })).creator).toBe("meta");
    expect(makerOf(c("x/deepseek-r1", { creator: undefined })).creator).toBe("deepseek");
    expect(makerOf(c("x/qwen3-32b", { creator: undefined })).creator).toBe("alibaba");
  });

  it("ignores placeholder release dates and tolerates smaller provider context windows", () => {
    expect(veto({ releaseDate: "1970-01-01" }, { releaseDate: "2025-08-05" })).toBeUndefined();
    expect(veto({ releaseDate: "2023-01-10" }, { releaseDate: "2025-08-05" })).toMatch(/400 days/);
    expect(veto({ context: 8000 }, { context: 128000 })).toBeUndefined();
    expect(veto({ context: 2_000_000 }, { context: 128000 })).toMatch(/8x/);
  });
});
