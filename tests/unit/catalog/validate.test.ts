/**
 * `loadCatalog` and `npm run validate` on small fixture projects under tests/fixtures/validate/.
 * Each broken case is the `valid` project with one defect, so each expects exactly its problems.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCatalog } from "~/catalog/load-catalog";
import { formatProblem } from "~/catalog/problems";
import { todayUtc } from "~/schemas";

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
    // The schema bounds every date by the real day; the record is then invalid as a whole.
    expect(load("future-date").errors).toEqual([
      `${OFFERING}: prices.2.from: date is in the future (expected on or before ${todayUtc()}, found 2999-01-01)`,
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

/**
 * Issue 9, "validator gaps found by probing": each probe is the `valid` project copied to a
 * temporary folder with one defect, so each expects exactly its own problem.
 */
describe("probes: files, links, encodings, ids and layout", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), "atlas-validate-"));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  /** A copy of the valid project under tmp/project, changed by `edit`; its errors and warnings. */
  function probe(edit: (root: string) => void, today = TODAY) {
    const root = join(tmp, "project");
    cpSync(FIXTURES + "valid", root, { recursive: true });
    edit(root);
    const { catalog, problems } = loadCatalog(root, today);
    return {
      catalog,
      errors: problems.filter((p) => p.level === "error").map(formatProblem),
      warnings: problems.filter((p) => p.level === "warning").map(formatProblem),
    };
  }
  const offerings = (root: string) => join(root, "content/curated/offerings/openai");

  it("reports a dangling symbolic link by path instead of crashing", () => {
    const { errors } = probe((root) => symlinkSync("missing.json", join(offerings(root), "gpt-5.json")));
    expect(errors).toEqual([
      'content/curated/offerings/openai/gpt-5.json: broken symbolic link (expected a link to an existing file or folder, found a link to "missing.json")',
    ]);
  });

  it("reports a loop of file links and a folder link back to its own ancestor", () => {
    const { errors } = probe((root) => {
      symlinkSync("b.json", join(offerings(root), "a.json"));
      symlinkSync("a.json", join(offerings(root), "b.json"));
      symlinkSync("..", join(offerings(root), "again"));
    });
    expect(errors).toEqual([
      "content/curated/offerings/openai/a.json: symbolic link loop (expected a link to a file or folder, found a link that leads back to itself)",
      "content/curated/offerings/openai/again: symbolic link loop (expected a link to a file or folder, found a link to the folder that holds it: content/curated/offerings)",
      "content/curated/offerings/openai/b.json: symbolic link loop (expected a link to a file or folder, found a link that leads back to itself)",
    ]);
  });

  it("refuses a link that leaves the repository, and follows one that stays inside", () => {
    const outside = join(tmp, "outside.json");
    writeFileSync(outside, readFileSync(FIXTURES + "valid/" + OFFERING));
    const { errors, catalog } = probe((root) => {
      symlinkSync(outside, join(offerings(root), "leak.json"));
      symlinkSync("gpt-4.1-nano.json", join(offerings(root), "nano-alias.json"));
    });
    expect(errors).toEqual([
      `content/curated/offerings/openai/leak.json: symbolic link leaves the repository (expected a target inside the project, found a link to "${outside}")`,
    ]);
    expect([...catalog.offerings.keys()]).toEqual(["openai/gpt-4.1-nano", "openai/nano-alias"]);
  });

  it("names a UTF-8 byte order mark, in JSON and in Markdown", () => {
    const bom = (path: string) =>
      writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
    const { errors } = probe((root) => {
      bom(join(root, PROVIDER));
      bom(join(root, PROSE));
    });
    const message = "file starts with a UTF-8 byte order mark (expected UTF-8 without a BOM, found bytes EF BB BF)";
    expect(errors).toEqual([`${PROSE}: ${message}`, `${PROVIDER}: ${message}`]);
  });

  it("reports bytes that are not UTF-8 with the file, line and column", () => {
    const { errors } = probe((root) => {
      const path = join(root, MODEL);
      const text = readFileSync(path, "utf8").replace('"GPT-4.1 nano"', '"GPT-4.1 nano XX"');
      const bytes = Buffer.from(text);
      const at = bytes.indexOf("XX");
      bytes[at] = 0xff;
      bytes[at + 1] = 0xfe;
      writeFileSync(path, bytes);
    });
    // The model is unreadable: the offering's reference to it is not reported again.
    expect(errors).toEqual([
      `${MODEL}: invalid UTF-8 at line 2, column 25 (expected UTF-8 text, found bytes that are not UTF-8)`,
    ]);
  });

  it("checks ids taken from file names, saying which characters are allowed", () => {
    const { errors, catalog } = probe((root) => {
      cpSync(join(root, OFFERING), join(offerings(root), "GPT 4 <b>.json"));
      cpSync(join(root, MODEL), join(root, "content/curated/models/openai/GPT-4.json"));
      cpSync(join(root, PROVIDER), join(root, "content/curated/providers/Open AI.json"));
    });
    expect(errors).toEqual([
      `content/curated/models/openai/GPT-4.json: file name is not a valid id (expected lower-case letters, digits, '.', '_' or '-', found "GPT-4" in openai/GPT-4)`,
      `content/curated/offerings/openai/GPT 4 <b>.json: file name is not a valid id (expected letters, digits and . _ - : @ ~ % + ( ), starting with a letter, a digit, '@' or '~', found "GPT 4 <b>" in openai/GPT 4 <b>)`,
      `content/curated/providers/Open AI.json: file name is not a valid id (expected lower-case letters, digits, '.', '_' or '-', found "Open AI")`,
    ]);
    expect([...catalog.offerings.keys()]).toEqual(["openai/gpt-4.1-nano"]);
  });

  it("keeps provider spellings in offering file names (Bedrock ids, @cf, case)", () => {
    const { errors, catalog } = probe((root) => {
      for (const name of ["us.anthropic.claude-3-7-sonnet-20250219-v1:0", "@cf/meta/x", "MiniMaxAI/MiniMax-M2"]) {
        mkdirSync(dirname(join(offerings(root), name)), { recursive: true });
        cpSync(join(root, OFFERING), join(offerings(root), `${name}.json`));
      }
    });
    expect(errors).toEqual([]);
    expect(catalog.offerings.size).toBe(4);
  });

  it("reports an unknown folder or file type under content/ instead of skipping it", () => {
    const { errors } = probe((root) => {
      mkdirSync(join(root, "content/curated/modles/openai"), { recursive: true });
      cpSync(join(root, MODEL), join(root, "content/curated/modles/openai/gpt-4.1-nano.json"));
      cpSync(join(root, PROVIDER), join(root, "content/curated/providers/acme.JSON"));
      writeFileSync(join(offerings(root), "notes.txt"), "to do\n");
      writeFileSync(join(offerings(root), "gpt-4.1-nano.md"), "---\n---\n");
      writeFileSync(join(root, "content/README.md"), "# content\n");
      mkdirSync(join(root, "content/imported"), { recursive: true });
      writeFileSync(join(root, "content/imported/stray.json"), "{}\n");
    });
    expect(errors).toEqual([
      "content/curated/modles: unknown folder (expected only the folders providers, models, offerings and the files identity.json, price-decisions.json, price-rules.json here, found folder modles/)",
      "content/curated/offerings/openai/gpt-4.1-nano.md: unknown file type (expected .json, found .md)",
      "content/curated/offerings/openai/notes.txt: unknown file type (expected .json, found .txt)",
      "content/curated/providers/acme.JSON: unknown file type (expected .json, found .JSON)",
      "content/imported/stray.json: unknown file (expected nothing here, found file stray.json)",
      // Sorted as the command prints them: by file, ignoring case.
      "content/README.md: unknown file (expected only the folders benchmarks, curated, imported here, found file README.md)",
    ]);
  });

  it("names the file and index that hold a bad value in a merged curated and imported record", () => {
    const IMPORTED = "content/imported/test/offerings/openai/gpt-4.1-nano.json";
    const { errors, warnings, catalog } = probe((root) => {
      const curated = JSON.parse(readFileSync(join(root, OFFERING), "utf8"));
      curated.prices[1].cacheRead = 0.5; // above input 0.1: curated file, index 1
      writeFileSync(join(root, OFFERING), JSON.stringify(curated));
      const entry = (from: string, input: number, cacheRead: number) => ({
        ...curated.prices[0],
        from,
        input,
        cacheRead,
      });
      const imported = { ...curated, prices: [entry("2025-01-01", 0.2, 0.05), entry("2025-03-01", 0.15, 0.3)] };
      mkdirSync(dirname(join(root, IMPORTED)), { recursive: true });
      writeFileSync(join(root, IMPORTED), JSON.stringify(imported));
    }, "2025-04-30");
    // Merged: two imported entries, then the curated two; the merged indexes are 1 and 3.
    expect(catalog.offerings.get("openai/gpt-4.1-nano")!.data.prices.map((p) => p.from)).toEqual([
      "2025-01-01",
      "2025-03-01",
      "2025-04-14",
      "2025-05-01",
    ]);
    expect(warnings).toEqual([
      `${OFFERING}: prices.1.cacheRead: warning: cache read costs more than input (0.5 > 0.1); flagged for a check against the source`,
      `${IMPORTED}: prices.1.cacheRead: warning: cache read costs more than input (0.3 > 0.15); flagged for a check against the source`,
    ]);
    expect(errors).toEqual([
      `${OFFERING}: prices.1.from: date is in the future (expected on or before 2025-04-30, found 2025-05-01)`,
    ]);
  });

  it("exits 1 from npm run validate on a probe, printing the problem", { timeout: 30_000 }, () => {
    const root = join(tmp, "project");
    cpSync(FIXTURES + "valid", root, { recursive: true });
    symlinkSync("missing.json", join(offerings(root), "gpt-5.json"));
    const run = spawnSync("npm", ["run", "--silent", "validate", "--", root], { cwd: REPO, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^content\/curated\/offerings\/openai\/gpt-5\.json: broken symbolic link /m);
    expect(run.stderr).toMatch(/1 error: content is not valid/);
  });
});
