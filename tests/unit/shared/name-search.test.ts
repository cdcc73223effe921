import { describe, expect, it } from "vitest";
import { glue, gluedTerms, searchNames, type NameIndex, type NameRow } from "~/shared/name-search";

const model = (id: string, name: string, ids: string[], offerings: number, retired = false): NameRow => {
  const row: NameRow = [id, name, "OpenAI", 0.1, 0.4, 128000, gluedTerms(id, name, ids), offerings];
  if (retired) row.push(1);
  return row;
};
const index: NameIndex = {
  providers: [
    ["openai", "OpenAI"],
    ["nano-gpt", "NanoGPT"],
  ],
  models: [
    model("openai/gpt-4.1", "GPT-4.1", ["gpt-4.1", "gpt-4.1-2025-04-14"], 20),
    model("openai/gpt-4.1-nano", "GPT-4.1 nano", ["gpt-4.1-nano-2025-04-14", "azure/openai/gpt-4.1-nano"], 16),
    model("openai/gpt-4.1-mini", "GPT-4.1 mini", ["gpt-4.1-mini"], 18),
    model("openai/gpt-5-nano", "GPT-5 nano", ["gpt-5-nano"], 12),
    model("openai/gpt-4-0314", "GPT-4 (0314)", [], 0, true),
    model(
      "anthropic/claude-haiku-4-5",
      "Claude Haiku 4.5",
      ["claude-4.5-haiku", "us.anthropic.claude-haiku-4-5-v1:0"],
      31,
    ),
  ],
};
const first = (query: string) => searchNames(index, query).hits[0]?.id;

describe("glue and gluedTerms", () => {
  it("glue drops case and separators", () => {
    expect(glue("GPT-4.1 nano")).toBe("gpt41nano");
    expect(glue("openai/gpt-4.1-nano:free")).toBe("openaigpt41nanofree");
  });

  it("keeps the other ids short: no provider namespace, nothing before the slug, nothing the id or name holds", () => {
    expect(
      gluedTerms("openai/gpt-oss-120b", "GPT OSS 120B", [
        "openai/gpt-oss-120b",
        "accounts/fireworks/models/gpt-oss-120b",
        "@cf/openai/gpt-oss-120b",
        "openai.gpt-oss-120b-1:0",
        "gpt-oss-120b:free",
        "gpt-oss:120b",
      ]),
    ).toBe("gptoss120bfree gptoss120b10");
    expect(
      gluedTerms("anthropic/claude-haiku-4-5", "Claude Haiku 4.5", ["claude-4.5-haiku", "claude-haiku-4-5@20251001"]),
    ).toBe("claudehaiku4520251001 claude45haiku");
  });
});

describe("searchNames", () => {
  it("finds GPT-4.1 nano first however its name or id is typed", () => {
    for (const query of [
      "gpt-4.1 nano",
      "gpt 4.1 nano",
      "4.1-nano",
      "gpt-4.1-nano-2025-04-14",
      "GPT-4.1 nano",
      "openai/gpt-4.1-nano",
    ])
      expect(first(query), query).toBe("openai/gpt-4.1-nano");
  });

  it("puts an exact name before names that only start with the query", () => {
    expect(searchNames(index, "gpt-4.1").hits.map((h) => h.id)).toEqual([
      "openai/gpt-4.1",
      "openai/gpt-4.1-mini",
      "openai/gpt-4.1-nano",
    ]);
  });

  it("needs every word, in the name or the ids, in any order", () => {
    expect(first("haiku claude")).toBe("anthropic/claude-haiku-4-5");
    expect(first("claude-4.5-haiku")).toBe("anthropic/claude-haiku-4-5");
    expect(first("haiku 4-5 v1")).toBe("anthropic/claude-haiku-4-5");
    expect(searchNames(index, "claude nano").total).toBe(0);
  });

  it("ranks live models before retired ones, then by how many providers serve them", () => {
    // The retired GPT-4 after the live models of its rank; NanoGPT only has "gpt" inside its name.
    expect(searchNames(index, "gpt", 10).hits.map((h) => h.id)).toEqual([
      "openai/gpt-4.1",
      "openai/gpt-4.1-mini",
      "openai/gpt-4.1-nano",
      "openai/gpt-5-nano",
      "openai/gpt-4-0314",
      "nano-gpt",
    ]);
  });

  it("lists a provider by its name, before models of the same rank", () => {
    expect(searchNames(index, "nano").hits[0]).toEqual({
      kind: "provider",
      id: "nano-gpt",
      name: "NanoGPT",
      detail: "Provider",
    });
    expect(first("openai")).toBe("openai");
  });

  it("describes a model by its maker, cheapest prices and context; unknown stays unknown", () => {
    const unknown: NameIndex = { providers: [], models: [["x/y", "Y", "X Labs", null, 0, null, "", 1]] };
    expect(searchNames(index, "gpt-4.1 nano").hits[0]!.detail).toBe(
      "OpenAI · $0.10 in / $0.40 out per 1M · 128K context",
    );
    expect(searchNames(unknown, "y").hits[0]!.detail).toBe("X Labs · — in / Free out per 1M · context —");
  });

  it("returns nothing for an empty query, and counts every match beyond the limit", () => {
    expect(searchNames(index, "  ")).toEqual({ hits: [], total: 0 });
    expect(searchNames(index, "gpt", 2).total).toBe(6);
    expect(searchNames(index, "gpt", 2).hits).toHaveLength(2);
  });
});
