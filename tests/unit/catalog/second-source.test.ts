import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applySecondSources } from "~/catalog/second-source";
import { applyPriceRules, readPriceRules, ruleCovers } from "~/catalog/price-rules";
import type { Problem } from "~/catalog/problems";
import { PriceRule, SourcePrices, type PriceEntry } from "~/schemas";
import { fieldSourceNotes, sourceDisagreements } from "~/views/other-sources";
import { buildViews } from "~/views/catalog-views";
import { catalogOf, source, validPriceEntry } from "../factories";

const litellm = source({ name: "LiteLLM price file", retrieved: "2026-05-01" });
const record = (prices: Partial<PriceEntry>[], extra: Partial<SourcePrices> = {}) => ({
  id: "openai/gpt-4.1-nano",
  files: ["content/imported/litellm/prices/openai/gpt-4.1-nano.json"],
  origin: "imported" as const,
  data: SourcePrices.parse({
    offering: "openai/gpt-4.1-nano",
    key: "gpt-4.1-nano",
    prices: prices.map((p) => ({ from: "2026-05-01", source: litellm, ...p })),
    sources: [litellm],
    verified: "2026-05-01",
    ...extra,
  }),
});
const catalog = (prices = [validPriceEntry({ from: "2025-04-14", input: 0.1, output: 0.4, cacheRead: 0.025 })]) =>
  catalogOf({
    providers: { openai: {} },
    models: { "openai/gpt-4.1-nano": {} },
    offerings: { "openai/gpt-4.1-nano": { prices } },
  });

describe("a second source of prices", () => {
  it("fills a price the history never listed, citing the source, and changes no other price", () => {
    const c = catalog();
    const problems: Problem[] = [];
    applySecondSources(c, [record([{ input: 0.1, output: 0.4, batchInput: 0.05, batchOutput: 0.2 }])], problems);
    const e = c.offerings.get("openai/gpt-4.1-nano")!.data.prices.at(-1)!;
    expect(problems).toEqual([]);
    expect([e.input, e.output, e.batchInput, e.batchOutput]).toEqual([0.1, 0.4, 0.05, 0.2]);
    expect(e.source.name).not.toBe("LiteLLM price file");
    expect(e.fieldSources?.batchInput?.name).toBe("LiteLLM price file");
    expect(fieldSourceNotes(e).map((n) => n.labels)).toEqual(["Batch input, Batch output"]);
  });

  it("keeps a disagreement as an observation and never replaces the price in force", () => {
    const c = catalog();
    applySecondSources(c, [record([{ input: 0.12, output: 0.4 }])], []);
    const o = c.offerings.get("openai/gpt-4.1-nano")!;
    expect(o.data.prices.at(-1)!.input).toBe(0.1);
    expect(o.data.observations).toEqual([{ from: "2026-05-01", field: "input", value: 0.12, source: litellm }]);
    const d = sourceDisagreements(buildViews(c).byId.get("openai/gpt-4.1-nano")!.offerings);
    expect(d.map((x) => [x.key, x.ours, x.theirs])).toEqual([["input", 0.1, 0.12]]);
  });

  it("fills nothing from a key the source no longer lists, nor a price the history once had", () => {
    const c = catalog([
      validPriceEntry({ from: "2025-01-01", batchInput: 0.05 }),
      validPriceEntry({ from: "2025-04-14", input: 0.2 }),
    ]);
    applySecondSources(c, [record([{ batchInput: 0.1, batchOutput: 0.2 }], { removed: "2026-06-01" })], []);
    expect(c.offerings.get("openai/gpt-4.1-nano")!.data.prices.at(-1)!.batchOutput).toBeUndefined();
    applySecondSources(c, [record([{ batchInput: 0.1, batchOutput: 0.2 }])], []);
    const e = c.offerings.get("openai/gpt-4.1-nano")!.data.prices.at(-1)!;
    expect([e.batchInput, e.batchOutput]).toEqual([undefined, 0.2]);
  });

  it("names the file of a record whose offering is not in the catalog", () => {
    const problems: Problem[] = [];
    applySecondSources(
      catalogOf({ providers: { openai: {} }, models: {}, offerings: {} }),
      [record([{ input: 1 }])],
      problems,
    );
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      "content/imported/litellm/prices/openai/gpt-4.1-nano.json offering: unknown offering (expected an offering record openai/gpt-4.1-nano under offerings/, found none)",
    ]);
  });
});

describe("provider-wide price rules", () => {
  const rule = PriceRule.parse({
    provider: "openai",
    fill: "batchInput",
    from: "input",
    factor: 0.5,
    ids: "^gpt-",
    except: "realtime",
    rule: "Batch costs half.",
    source: source({ name: "OpenAI Help Center" }),
    decided: "2026-12-01",
  });

  it("fills half the input price where no batch price is known, citing the rule", () => {
    const c = catalog();
    expect(applyPriceRules(c, [rule])).toBe(1);
    const e = c.offerings.get("openai/gpt-4.1-nano")!.data.prices.at(-1)!;
    expect(e.batchInput).toBe(0.05);
    expect(e.fieldSources?.batchInput).toMatchObject({ name: "OpenAI Help Center", note: "Batch costs half." });
  });

  it("leaves a listed price, an excluded id, another provider and a retired offering alone", () => {
    const listed = catalog([validPriceEntry({ batchInput: 0.07 })]);
    expect(applyPriceRules(listed, [rule])).toBe(0);
    expect(listed.offerings.get("openai/gpt-4.1-nano")!.data.prices.at(-1)!.batchInput).toBe(0.07);
    const o = catalog().offerings.get("openai/gpt-4.1-nano")!;
    expect(ruleCovers(rule, o, true)).toBe(true);
    expect(ruleCovers(rule, o, false)).toBe(false);
    expect(ruleCovers(rule, { ...o, data: { ...o.data, apiId: "gpt-realtime" } }, true)).toBe(false);
    expect(ruleCovers(rule, { ...o, provider: "azure" }, true)).toBe(false);
    expect(ruleCovers(rule, { ...o, data: { ...o.data, status: "retired" } }, true)).toBe(false);
  });
});

describe("reading content/curated/price-rules.json", () => {
  const read = (text: string) => {
    const root = mkdtempSync(join(tmpdir(), "atlas-rules-"));
    try {
      mkdirSync(join(root, "content/curated"), { recursive: true });
      writeFileSync(join(root, "content/curated/price-rules.json"), text);
      const problems: Problem[] = [];
      return {
        rules: readPriceRules(root, problems),
        problems: problems.map((p) => `${p.file} ${p.field}: ${p.message}`),
      };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  const valid = {
    provider: "openai",
    fill: "batchInput",
    from: "input",
    factor: 0.5,
    rule: "Batch costs half.",
    source: { name: "OpenAI", retrieved: "2026-12-01" },
    decided: "2026-12-01",
  };

  it("reads valid rules", () => {
    expect(read(JSON.stringify({ rules: [valid] }))).toMatchObject({ rules: [valid], problems: [] });
  });

  it("names the file and field of a bad factor or pattern, and applies none", () => {
    const bad = read(
      JSON.stringify({
        rules: [
          { ...valid, factor: 2 },
          { ...valid, except: "(" },
        ],
      }),
    );
    expect(bad.rules).toEqual([]);
    expect(bad.problems[0]).toMatch(/^content\/curated\/price-rules\.json rules\.0\.factor: /);
    const pattern = read(JSON.stringify({ rules: [{ ...valid, except: "(" }] }));
    expect(pattern.problems).toEqual([
      expect.stringMatching(/^content\/curated\/price-rules\.json rules\.0\.except: not a regular expression/),
    ]);
  });
});
