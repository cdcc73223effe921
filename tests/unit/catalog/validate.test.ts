/**
 * `loadCatalog` and `npm run validate` on small fixture projects under tests/fixtures/validate/.
 * Each broken case is the `valid` project with one defect, so each expects exactly its problems.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "~/catalog/load-catalog";
import { formatProblem } from "~/catalog/problems";

const FIXTURES = fileURLToPath(new URL("../../fixtures/validate/", import.meta.url));
const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const TODAY = "2025-06-01";

const OFFERING = "content/curated/offerings/openai/gpt-4.1-nano.json";
const MODEL = "content/curated/models/openai/gpt-4.1-nano.json";
const PROSE = "content/curated/models/openai/gpt-4.1-nano.md";
const PROVIDER = "content/curated/providers/openai.json";

function load(fixture: string, today = TODAY) {
  const { catalog, problems } = loadCatalog(FIXTURES + fixture, today);
  return {
    catalog,
    errors: problems.filter((p) => p.level === "error").map(formatProblem),
    warnings: problems.filter((p) => p.level === "warning").map(formatProblem),
  };
}

function validate(fixture: string) {
  const run = spawnSync("npm", ["run", "--silent", "validate", "--", FIXTURES + fixture], {
    cwd: REPO,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout.trimEnd().split("\n"), stderr: run.stderr };
}

describe("loadCatalog", () => {
  it("loads a valid project with no problems", () => {
    const { catalog, errors, warnings } = load("valid");
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect([...catalog.providers.keys()]).toEqual(["openai"]);
    expect([...catalog.models.keys()]).toEqual(["openai/gpt-4.1-nano"]);
    expect([...catalog.offerings.keys()]).toEqual(["openai/gpt-4.1-nano"]);
    expect([...catalog.benchmarks.keys()]).toEqual(["mmlu"]);
  });

  it("takes ids from paths, keeping dots, and attaches the prose", () => {
    const model = load("valid").catalog.models.get("openai/gpt-4.1-nano")!;
    expect(model.creator).toBe("openai");
    expect(model.slug).toBe("gpt-4.1-nano");
    expect(model.files).toEqual([MODEL]);
    expect(model.prose?.file).toBe(PROSE);
    expect(model.prose?.body).toBe("The smallest GPT-4.1.");
    expect(load("valid").catalog.offerings.get("openai/gpt-4.1-nano")?.provider).toBe("openai");
  });

  it("keeps unknown prices undefined after loading", () => {
    const [first] = load("valid").catalog.offerings.get("openai/gpt-4.1-nano")!.data.prices;
    expect(first?.batchInput).toBeUndefined();
    expect(first?.input).toBe(0.1);
  });

  it("reports a price written as a string with file, field, expected and found", () => {
    expect(load("wrong-type").errors).toEqual([
      `${OFFERING}: prices.0.input: must be a number of US dollars (expected number, found string "0.1")`,
    ]);
  });

  it("reports an unknown key by name", () => {
    // The model is rejected, so the records that point at it are reported too.
    expect(load("unknown-key").errors).toContain(
      `${MODEL}: contextWindow: unknown key "contextWindow" (expected only the schema's keys, found "contextWindow")`,
    );
  });

  it("reports every dangling reference: offering to model, model to creator, result to benchmark", () => {
    expect(load("dangling-refs").errors).toEqual([
      'content/curated/models/acme/rocket.json: creator "acme" is not a provider (expected content/*/providers/acme.json, found none)',
      `${MODEL}: benchmarks.0.benchmark: unknown benchmark (expected an id from content/benchmarks/, found "mmlu-ultra")`,
      'content/curated/offerings/openai/gpt-5.json: model: unknown model (expected a model id with a record under models/, found "openai/gpt-5")',
    ]);
  });

  it("reports a history out of date order", () => {
    expect(load("unsorted-history").errors).toEqual([
      `${OFFERING}: prices.1.from: history must be sorted by date (expected on or after 2025-05-01, found 2025-04-14)`,
    ]);
  });

  it("reports malformed JSON with its line and column", () => {
    const { errors } = load("malformed-json");
    const line = errors.find((e) => e.startsWith(`${PROVIDER}: `));
    expect(line).toMatch(
      /^content\/curated\/providers\/openai\.json: malformed JSON at line 4, column 3: .*\(expected valid JSON\)$/,
    );
  });

  it("reports malformed prose frontmatter with its line in the file", () => {
    const { errors } = load("malformed-prose");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^content\/curated\/models\/openai\/gpt-4\.1-nano\.md: malformed frontmatter at line 5, column 1: .*\(expected valid YAML\)$/,
    );
    // One position only: the file's, not also the frontmatter-relative one from the YAML parser.
    expect(errors[0]!.match(/line \d+/g)).toHaveLength(1);
  });

  it("reports a date after today", () => {
    expect(load("future-date").errors).toEqual([
      `${OFFERING}: prices.2.from: date is in the future (expected on or before ${TODAY}, found 2999-01-01)`,
    ]);
  });

  it("measures the future from the given day", () => {
    expect(load("valid", "2025-04-30").errors).toEqual([
      `${OFFERING}: prices.1.from: date is in the future (expected on or before 2025-04-30, found 2025-05-01)`,
    ]);
  });

  it("flags cache read above input as a warning, not an error", () => {
    const { errors, warnings } = load("cache-above-input");
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      `${OFFERING}: prices.1.cacheRead: warning: cache read costs more than input (0.2 > 0.1); flagged for a check against the source`,
    ]);
  });

  it("reports every problem of several files in one pass, sorted by file", () => {
    const { errors } = load("many-broken");
    const files = errors.map((e) => e.split(": ")[0]);
    expect(files).toEqual([...files].sort());
    expect(new Set(files)).toEqual(
      new Set([
        "content/benchmarks/mmlu.json",
        MODEL,
        OFFERING,
        "content/curated/offerings/openai/gpt-5.json",
        PROVIDER,
      ]),
    );
  });
});

describe("npm run validate", { timeout: 30_000 }, () => {
  it("exits 0 on a valid project and ends with the summary line", () => {
    const { status, stdout } = validate("valid");
    expect(status).toBe(0);
    expect(stdout.at(-1)).toBe("1 providers, 1 models, 1 offerings, 1 benchmarks: ok");
  });

  it("exits 0 on warnings, printing them and counting them in the summary", () => {
    const { status, stdout } = validate("cache-above-input");
    expect(status).toBe(0);
    expect(stdout[0]).toMatch(/prices\.1\.cacheRead: warning: /);
    expect(stdout.at(-1)).toBe("1 providers, 1 models, 1 offerings, 1 benchmarks: ok (1 warning)");
  });

  it("exits 1 on a broken project, listing every problem in every file", () => {
    const { status, stdout, stderr } = validate("many-broken");
    expect(status).toBe(1);
    expect(stdout).toEqual([
      "content/benchmarks/mmlu.json: malformed JSON at line 1, column 19: Expected double-quoted property name (expected valid JSON)",
      `${MODEL}: benchmarks.0.benchmark: unknown benchmark (expected an id from content/benchmarks/, found "mmlu-ultra")`,
      `${OFFERING}: prices.0.input: must be a number of US dollars (expected number, found string "0.1")`,
      'content/curated/offerings/openai/gpt-5.json: model: unknown model (expected a model id with a record under models/, found "openai/gpt-5")',
      `${PROVIDER}: headquarters: unknown key "headquarters" (expected only the schema's keys, found "headquarters")`,
    ]);
    // The provider file exists but is invalid: references to it are not reported again as missing.
    expect(stderr).toMatch(/5 errors: content is not valid/);
  });
});
