import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { formatProblem, problemsFromZod } from "~/catalog/problems";
import {
  Benchmark,
  Model,
  ModelProse,
  NAME_MAX,
  NOTE_MAX,
  Offering,
  PriceEntry,
  PriceHistory,
  Provider,
  SUMMARY_MAX,
  todayUtc,
} from "~/schemas";
import {
  source,
  validBenchmark,
  validModel,
  validOffering,
  validPriceEntry,
  validProse,
  validProvider,
} from "../factories";

/** Formatted problems for `value`, as `npm run validate` would print them for a file `x.json`. */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : problemsFromZod("x.json", result.error, value).map(formatProblem);
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new Error(
      `expected valid, got:\n${problemsFromZod("x.json", result.error, value).map(formatProblem).join("\n")}`,
    );
  return result.data;
}

describe("factories", () => {
  it.each([
    ["provider", Provider, validProvider()],
    ["model", Model, validModel()],
    ["offering", Offering, validOffering()],
    ["price entry", PriceEntry, validPriceEntry()],
    ["benchmark", Benchmark, validBenchmark()],
    ["prose", ModelProse, validProse()],
  ] as const)("make a valid %s", (_, schema, value) => {
    expect(problems(schema, value)).toEqual([]);
  });
});

describe("strict objects", () => {
  it("reject an unknown top-level key and name it", () => {
    expect(problems(Model, { ...validModel(), contextWindow: 128000 })).toEqual([
      'x.json: contextWindow: unknown key "contextWindow" (expected only the schema\'s keys, found "contextWindow")',
    ]);
  });

  it("reject an unknown nested key with its full path", () => {
    const offering = validOffering({ prices: [{ ...validPriceEntry(), cachedInput: 0.025 } as never] });
    expect(problems(Offering, offering)).toEqual([
      'x.json: prices.0.cachedInput: unknown key "cachedInput" (expected only the schema\'s keys, found "cachedInput")',
    ]);
  });

  it("reject unknown keys in capabilities, limits and sources", () => {
    const model = validModel({
      capabilities: { toolCalling: true, vision: true } as never,
      limits: { context: 1000, maxTokens: 10 } as never,
      sources: [{ ...source(), date: "2025-01-01" } as never],
    });
    const lines = problems(Model, model);
    expect(lines).toHaveLength(3);
    expect(lines.join("\n")).toMatch(/capabilities\.vision: unknown key "vision"/);
    expect(lines.join("\n")).toMatch(/limits\.maxTokens: unknown key "maxTokens"/);
    expect(lines.join("\n")).toMatch(/sources\.0\.date: unknown key "date"/);
  });

  it("report every unknown key, one problem each", () => {
    expect(problems(Benchmark, { ...validBenchmark(), a: 1, b: 2 })).toHaveLength(2);
  });

  it("accept $schema and drop nothing else", () => {
    expect(problems(Provider, { $schema: "../../public/schemas/provider.json", ...validProvider() })).toEqual([]);
  });
});

describe("types", () => {
  it("reject a price written as a string, saying what was expected and found", () => {
    const lines = problems(PriceEntry, validPriceEntry({ input: "0.10" as never }));
    expect(lines).toEqual([
      expect.stringMatching(
        /^x\.json: input: must be a number of US dollars \(expected number, found string "0\.10"\)$/,
      ),
    ]);
  });

  it("reject a name that is not a string", () => {
    expect(problems(Provider, validProvider({ name: 42 as never }))).toEqual([
      expect.stringMatching(/^x\.json: name: .*\(expected string, found number 42\)$/),
    ]);
  });

  it("reject a capability written as a string", () => {
    expect(problems(Model, validModel({ capabilities: { toolCalling: "yes" as never } }))).toEqual([
      expect.stringMatching(/^x\.json: capabilities\.toolCalling: .*\(expected boolean, found string "yes"\)$/),
    ]);
  });

  it("reject a fractional or non-positive token limit", () => {
    expect(problems(Model, validModel({ limits: { context: 1000.5 } }))).toEqual([
      expect.stringMatching(/^x\.json: limits\.context: /),
    ]);
    expect(problems(Model, validModel({ limits: { maxOutput: 0 } }))).toEqual([
      expect.stringMatching(/^x\.json: limits\.maxOutput: .*\(expected more than 0, found number 0\)$/),
    ]);
  });

  it("reject a value outside an enum, listing the allowed values", () => {
    const [line] = problems(Offering, validOffering({ endpoints: ["chat"] as never }));
    expect(line).toMatch(
      /^x\.json: endpoints\.0: .*\(expected one of "chat-completions", "responses", .*found string "chat"\)$/,
    );
    expect(problems(Provider, validProvider({ roles: ["reseller"] as never }))).toHaveLength(1);
  });

  it("require the fields that have no default", () => {
    const { verified: _, ...noVerified } = validModel();
    expect(problems(Model, noVerified)).toEqual([
      expect.stringMatching(/^x\.json: verified: .*\(expected string, found nothing\)$/),
    ]);
    const { prices: __, ...noPrices } = validOffering();
    expect(problems(Offering, noPrices)).toEqual([
      expect.stringMatching(/^x\.json: prices: .*\(expected array, found nothing\)$/),
    ]);
  });

  it("require at least one source", () => {
    expect(problems(Provider, validProvider({ sources: [] }))).toEqual([
      expect.stringMatching(/^x\.json: sources: .*expected at least 1 items, found an array of 0/),
    ]);
  });

  it("accept only http(s) URLs", () => {
    expect(problems(Provider, validProvider({ url: "ftp://openai.com" }))).toEqual([
      expect.stringMatching(/^x\.json: url: must be an http\(s\) URL/),
    ]);
    expect(problems(Provider, validProvider({ url: "openai.com" }))).toHaveLength(1);
  });

  it("accept a dataset commit only as a hex hash", () => {
    expect(problems(Provider, validProvider({ sources: [source({ commit: "0123abc" })] }))).toEqual([]);
    expect(problems(Provider, validProvider({ sources: [source({ commit: "main" })] }))).toEqual([
      expect.stringMatching(/^x\.json: sources\.0\.commit: /),
    ]);
  });

  it("require non-empty prose lists", () => {
    expect(problems(ModelProse, validProse({ strengths: [] }))).toEqual([
      expect.stringMatching(/^x\.json: strengths: /),
    ]);
  });
});

describe("prices", () => {
  it("reject a negative price", () => {
    expect(problems(PriceEntry, validPriceEntry({ output: -0.4 }))).toEqual([
      "x.json: output: must not be negative (expected at least 0, found number -0.4)",
    ]);
    expect(problems(PriceEntry, validPriceEntry({ perImage: -1 }))).toHaveLength(1);
  });

  it("keep an absent price undefined: unknown, never 0", () => {
    const { cacheRead: _, ...entry } = validPriceEntry();
    const parsed = parse(PriceEntry, entry);
    expect(parsed.cacheRead).toBeUndefined();
    expect("cacheRead" in parsed).toBe(false);
    expect(parsed.batchInput).toBeUndefined();
    expect(parsed.perRequest).toBeUndefined();
  });

  it("accept 0 as free and keep it 0", () => {
    const parsed = parse(PriceEntry, validPriceEntry({ input: 0, output: 0, cacheRead: 0 }));
    expect(parsed.input).toBe(0);
    expect(parsed.output).toBe(0);
  });

  it("reject null as a price rather than reading it as unknown or free", () => {
    expect(problems(PriceEntry, validPriceEntry({ input: null as never }))).toEqual([
      expect.stringMatching(/^x\.json: input: .*found null\)$/),
    ]);
  });

  it("require tiers to ascend by threshold", () => {
    const tiers = [
      { above: 200_000, input: 0.2 },
      { above: 128_000, input: 0.3 },
    ];
    expect(problems(PriceEntry, validPriceEntry({ tiers }))).toEqual([
      "x.json: tiers.1.above: tiers must ascend by threshold (expected more than 200000, found 128000)",
    ]);
    expect(problems(PriceEntry, validPriceEntry({ tiers: [{ above: 1000 }, { above: 1000 }] }))).toHaveLength(1);
    expect(
      problems(
        PriceEntry,
        validPriceEntry({
          tiers: [
            { above: 128_000, input: 0.2 },
            { above: 200_000, input: 0.3 },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it("default a tier's basis to input tokens", () => {
    expect(parse(PriceEntry, validPriceEntry({ tiers: [{ above: 128_000, input: 0.2 }] })).tiers?.[0]?.basis).toBe(
      "input",
    );
  });

  it("reject a tier threshold that is not a positive integer", () => {
    expect(problems(PriceEntry, validPriceEntry({ tiers: [{ above: 0 }] }))).toEqual([
      expect.stringMatching(/^x\.json: tiers\.0\.above: /),
    ]);
  });
});

describe("price history", () => {
  const at = (from: string, input: number) => validPriceEntry({ from, input });

  it("accept a sorted history with changes", () => {
    expect(problems(PriceHistory, [at("2024-01-01", 0.2), at("2025-01-01", 0.1)])).toEqual([]);
  });

  it("reject a history out of date order", () => {
    expect(problems(PriceHistory, [at("2025-01-01", 0.1), at("2024-01-01", 0.2)])).toEqual([
      "x.json: 1.from: history must be sorted by date (expected on or after 2025-01-01, found 2024-01-01)",
    ]);
  });

  it("reject two entries with the same date", () => {
    expect(problems(PriceHistory, [at("2025-01-01", 0.1), at("2025-01-01", 0.2)])).toEqual([
      "x.json: 1.from: two history entries have the same date (expected one entry per date, found 2025-01-01 twice)",
    ]);
  });

  it("reject an entry that repeats the prices of the one before", () => {
    expect(problems(PriceHistory, [at("2024-01-01", 0.1), at("2025-01-01", 0.1)])).toEqual([
      "x.json: 1: entry repeats the prices of the one before (expected a change, found the same prices as 2024-01-01)",
    ]);
  });

  it("count a change of tiers as a change", () => {
    const a = at("2024-01-01", 0.1);
    const b = { ...at("2025-01-01", 0.1), tiers: [{ above: 128_000, input: 0.2 }] };
    expect(problems(PriceHistory, [a, b])).toEqual([]);
  });

  it("allow a price to return to an earlier value (not consecutive)", () => {
    expect(problems(PriceHistory, [at("2023-01-01", 0.1), at("2024-01-01", 0.2), at("2025-01-01", 0.1)])).toEqual([]);
  });

  it("see unknown and free as different prices", () => {
    const { cacheRead: _, ...unknownCache } = at("2024-01-01", 0.1);
    expect(problems(PriceHistory, [unknownCache, { ...at("2025-01-01", 0.1), cacheRead: 0 }])).toEqual([]);
  });

  it("puts the path inside the offering", () => {
    const offering = validOffering({ prices: [at("2025-01-01", 0.1), at("2024-01-01", 0.2)] });
    expect(problems(Offering, offering)).toEqual([
      expect.stringMatching(/^x\.json: prices\.1\.from: history must be sorted/),
    ]);
  });
});

describe("dates", () => {
  it.each(["2025-4-14", "14/04/2025", "2025-04-14T00:00:00Z", "2025-13-01", "April 2025"])(
    "reject %s as a date",
    (date) => {
      expect(problems(Model, validModel({ releaseDate: date }))).toEqual([
        expect.stringMatching(
          /^x\.json: releaseDate: must be a real calendar date written YYYY-MM-DD \(expected format date, found string /,
        ),
      ]);
    },
  );

  it("reject a bad date in a price entry and in a source", () => {
    expect(problems(PriceEntry, validPriceEntry({ from: "2025/04/14" }))).toEqual([
      expect.stringMatching(/^x\.json: from: must be a real calendar date written YYYY-MM-DD/),
    ]);
    expect(problems(PriceEntry, validPriceEntry({ source: source({ retrieved: "yesterday" }) }))).toEqual([
      expect.stringMatching(/^x\.json: source\.retrieved: must be a real calendar date written YYYY-MM-DD/),
    ]);
  });

  it("accept a knowledge cutoff to the month or the day, nothing vaguer", () => {
    expect(problems(Model, validModel({ knowledgeCutoff: "2024-06" }))).toEqual([]);
    expect(problems(Model, validModel({ knowledgeCutoff: "2024-06-01" }))).toEqual([]);
    expect(problems(Model, validModel({ knowledgeCutoff: "2024" }))).toEqual([
      expect.stringMatching(/^x\.json: knowledgeCutoff: must be a date written YYYY-MM or YYYY-MM-DD/),
    ]);
    expect(problems(Model, validModel({ knowledgeCutoff: "2024-13" }))).toHaveLength(1);
  });
});

describe("calendar dates (issue 9, probe: dates)", () => {
  const today = todayUtc();
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

  it.each(["2025-02-31", "2025-02-29", "2025-04-31", "2023-06-00"])("reject %s, a day that does not exist", (date) => {
    expect(problems(Model, validModel({ releaseDate: date }))).toEqual([
      `x.json: releaseDate: must be a real calendar date written YYYY-MM-DD (expected format date, found string "${date}")`,
    ]);
  });

  it("accept 29 February in a leap year", () => {
    expect(problems(Model, validModel({ releaseDate: "2024-02-29" }))).toEqual([]);
  });

  it("reject a knowledge cutoff on a day its month lacks, keep month-only cutoffs", () => {
    expect(problems(Model, validModel({ knowledgeCutoff: "2025-02-31" }))).toEqual([
      "x.json: knowledgeCutoff: not a real calendar date (expected a day from 1 to 28 in 2025-02, found 2025-02-31)",
    ]);
    expect(problems(Model, validModel({ knowledgeCutoff: "2024-02-29" }))).toEqual([]);
    expect(problems(Model, validModel({ knowledgeCutoff: "2025-02" }))).toEqual([]);
  });

  it("reject a future date in every field that records something seen", () => {
    const future = `(expected on or before ${today}, found ${tomorrow})`;
    expect(problems(Model, validModel({ releaseDate: tomorrow, verified: tomorrow }))).toEqual([
      `x.json: releaseDate: date is in the future ${future}`,
      `x.json: verified: date is in the future ${future}`,
    ]);
    expect(problems(Model, validModel({ statusDates: { retired: tomorrow } }))).toEqual([
      `x.json: statusDates.retired: date is in the future ${future}`,
    ]);
    expect(problems(Model, validModel({ versions: [{ name: "v2", from: tomorrow }] }))).toEqual([
      `x.json: versions.0.from: date is in the future ${future}`,
    ]);
    expect(problems(Provider, validProvider({ sources: [source({ retrieved: tomorrow })] }))).toEqual([
      `x.json: sources.0.retrieved: date is in the future ${future}`,
    ]);
    expect(problems(Offering, validOffering({ statusDates: { deprecated: tomorrow } }))).toEqual([
      `x.json: statusDates.deprecated: date is in the future ${future}`,
    ]);
    expect(problems(PriceEntry, validPriceEntry({ from: tomorrow }))).toEqual([
      `x.json: from: date is in the future ${future}`,
    ]);
    expect(problems(ModelProse, validProse({ written: tomorrow }))).toEqual([
      `x.json: written: date is in the future ${future}`,
    ]);
    expect(problems(Model, validModel({ releaseDate: today, verified: today }))).toEqual([]);
  });

  it("reject a knowledge cutoff in a future month, accept this month", () => {
    const nextMonth = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1))
      .toISOString()
      .slice(0, 7);
    expect(problems(Model, validModel({ knowledgeCutoff: nextMonth }))).toEqual([
      `x.json: knowledgeCutoff: date is in the future (expected on or before ${today.slice(0, 7)}, found ${nextMonth})`,
    ]);
    expect(problems(Model, validModel({ knowledgeCutoff: today.slice(0, 7) }))).toEqual([]);
  });
});

describe("text lengths (issue 9, probe: bounded lengths)", () => {
  it("bound names, summaries and notes, saying the limit and the length found", () => {
    expect(problems(Model, validModel({ name: "n".repeat(NAME_MAX) }))).toEqual([]);
    expect(problems(Model, validModel({ name: "n".repeat(NAME_MAX + 1) }))).toEqual([
      `x.json: name: is too long (expected at most ${NAME_MAX} characters, found a string of ${NAME_MAX + 1} characters)`,
    ]);
    expect(problems(Provider, validProvider({ summary: "s".repeat(SUMMARY_MAX + 1) }))).toEqual([
      `x.json: summary: is too long (expected at most ${SUMMARY_MAX} characters, found a string of ${SUMMARY_MAX + 1} characters)`,
    ]);
    expect(problems(Benchmark, validBenchmark({ description: "d".repeat(SUMMARY_MAX + 1) }))).toHaveLength(1);
    expect(problems(PriceEntry, validPriceEntry({ note: "x".repeat(NOTE_MAX + 1) }))).toEqual([
      `x.json: note: is too long (expected at most ${NOTE_MAX} characters, found a string of ${NOTE_MAX + 1} characters)`,
    ]);
    expect(problems(ModelProse, validProse({ strengths: ["x".repeat(NOTE_MAX + 1)] }))).toHaveLength(1);
    expect(problems(Model, validModel({ sources: [source({ name: "x".repeat(NAME_MAX + 1) })] }))).toEqual([
      `x.json: sources.0.name: is too long (expected at most ${NAME_MAX} characters, found a string of ${NAME_MAX + 1} characters)`,
    ]);
  });
});

describe("ids", () => {
  it.each(["gpt-4.1", "qwen3.5-plus", "o4_mini", "4o"])("accept %s as a family slug", (family) => {
    expect(problems(Model, validModel({ family }))).toEqual([]);
  });

  it.each(["GPT-4.1", "gpt 4.1", "-gpt", ".hidden", "gpt/4.1", ""])("reject %j as a family slug", (family) => {
    expect(problems(Model, validModel({ family }))).toEqual([
      expect.stringMatching(/^x\.json: family: must be lower-case letters, digits, '\.', '_' or '-'/),
    ]);
  });

  it("require benchmark results to name a benchmark by slug", () => {
    const model = validModel({
      benchmarks: [{ benchmark: "MMLU Pro", score: 1, date: "2025-01-01", source: source() }],
    });
    expect(problems(Model, model)).toEqual([
      expect.stringMatching(/^x\.json: benchmarks\.0\.benchmark: must be lower-case/),
    ]);
  });

  it.each(["openai/gpt-4.1-nano", "qwen/qwen3.5-plus", "meta-llama/llama-3.1-8b"])(
    "accept %s as a model id",
    (model) => {
      expect(problems(Offering, validOffering({ model }))).toEqual([]);
    },
  );

  it.each([
    "gpt-4.1-nano",
    "OpenAI/gpt-4.1-nano",
    "openai/gpt-4.1-nano/2025",
    "openai/",
    "/gpt-4.1-nano",
    "openai/GPT-4.1",
  ])("reject %j as a model id", (model) => {
    expect(problems(Offering, validOffering({ model }))).toEqual([
      expect.stringMatching(
        /^x\.json: model: must be a model id written <creator>\/<slug> \(expected format regex, found string /,
      ),
    ]);
  });
});

describe("unknown stays unknown", () => {
  it("leaves absent capabilities undefined rather than all false", () => {
    const { capabilities: _, ...model } = validModel();
    expect(parse(Model, model).capabilities).toBeUndefined();
  });

  it("leaves an absent capability flag undefined, keeping false as false", () => {
    const parsed = parse(Model, validModel({ capabilities: { toolCalling: true, reasoning: false } }));
    expect(parsed.capabilities?.reasoning).toBe(false);
    expect(parsed.capabilities?.streaming).toBeUndefined();
  });

  it("leaves absent limits, modalities and open weights undefined", () => {
    const { limits: _, modalities: __, ...model } = validModel();
    const parsed = parse(Model, model);
    expect(parsed.limits).toBeUndefined();
    expect(parsed.modalities).toBeUndefined();
    expect(parsed.openWeights).toBeUndefined();
  });

  it("leaves absent rate limits undefined", () => {
    expect(parse(Offering, validOffering()).rateLimits).toBeUndefined();
    const tier = parse(
      Offering,
      validOffering({ rateLimits: { tiers: [{ tier: "Tier 1", rpm: 500 }], source: source() } }),
    ).rateLimits?.tiers[0];
    expect(tier?.rpm).toBe(500);
    expect(tier?.tpm).toBeUndefined();
  });
});

describe("defaults", () => {
  it("default a model's and an offering's status to active", () => {
    expect(parse(Model, validModel()).status).toBe("active");
    expect(parse(Offering, validOffering()).status).toBe("active");
  });

  it("default a benchmark to higher is better", () => {
    expect(parse(Benchmark, validBenchmark()).higherIsBetter).toBe(true);
    expect(parse(Benchmark, validBenchmark({ higherIsBetter: false })).higherIsBetter).toBe(false);
  });
});
