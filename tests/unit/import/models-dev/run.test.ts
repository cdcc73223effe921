import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HistoryFile } from "~/import/models-dev/history";
import { readKnown } from "~/import/models-dev/known";
import { diffTrees } from "~/import/models-dev/report";
import { runImport, type ImportResult, type Known } from "~/import/models-dev/run";
import { readTree, writeTreeAtomically } from "~/import/models-dev/write";
import { loadCatalog } from "~/catalog/load-catalog";

const FIXTURE = join(import.meta.dirname, "../../../fixtures/models-dev/basic");
/** The fixture's lab is not in the real tables: tests extend them, as another snapshot could. */
const tables = {
  creatorPrefixes: { acme: "acme" },
  firstParty: { acme: "acme" },
  servesOwnModelsOnly: new Set(["acme"]),
};
const known: Known = { curatedModels: new Map(), benchmarks: new Set(["gpqa-diamond"]) };

const history: HistoryFile = {
  events: {
    "providers/acme/models/rocket-1.toml": [
      {
        date: "2025-05-01",
        commit: "1111111",
        event: "added",
        cost: { input: 2.5, output: 8, inputCached: 0.5, outputCached: 2.5 },
      },
      {
        date: "2025-06-01",
        commit: "2222222",
        event: "changed",
        cost: {
          input: 2,
          output: 8,
          cache_read: 0.5,
          cache_write: 2.5,
          input_audio: 4,
          output_audio: 16,
          reasoning: 8,
          citation: 1,
          tiers: [{ tier: { type: "context", size: 200_000 }, input: 4, output: 12, cache_read: 1 }],
        },
      },
    ],
    "providers/hostco/models/acme/rocket-1.toml": [
      { date: "2025-05-10", commit: "3333333", event: "added", cost: null },
      { date: "2025-07-01", commit: "4444444", event: "changed", cost: { input: 2.2, output: 8.8 } },
    ],
    "providers/acme/models/rocket-0.toml": [
      { date: "2024-01-01", commit: "5555555", event: "added", cost: { input: 5, output: 10 } },
      { date: "2024-06-01", commit: "6666666", event: "changed", cost: { input: 4, output: 10 } },
      { date: "2025-01-15", commit: "7777777", event: "removed" },
    ],
    "providers/gone/models/meta-llama/Llama-1-7B.toml": [
      { date: "2024-02-01", commit: "8888888", event: "added", cost: { input: 0.1, output: 0.1 } },
    ],
    "providers/relay/models/TIERED.toml": [
      { date: "2024-01-01", commit: "aaaaaaa", event: "added", cost: { input: 0.9, output: 5 } },
      { date: "2024-03-01", commit: "bbbbbbb", event: "removed" },
    ],
    "providers/acme/models/rocket-1 copy.toml": [
      { date: "2024-02-01", commit: "9999999", event: "added", cost: { input: 1 } },
    ],
  },
};

let snapshotDir: string;
let result: ImportResult;
const json = (rel: string) => JSON.parse(result.files.get(rel) ?? "null");
const issuesOf = (kind: string) => result.issues.filter((i) => i.kind === kind);

beforeAll(() => {
  // A copy of the fixture plus symbolic links (git keeps links, but some checkouts do not).
  snapshotDir = mkdtempSync(join(tmpdir(), "models-dev-fixture-"));
  cpSync(FIXTURE, snapshotDir, { recursive: true });
  symlinkSync("../../acme/models/rocket-1-mini.toml", join(snapshotDir, "providers/relay/models/rocket-1-mini.toml"));
  symlinkSync("../../acme/models/missing.toml", join(snapshotDir, "providers/relay/models/dangling.toml"));
  result = runImport({ snapshotDir, history, known, tables });
});
afterAll(() => rmSync(snapshotDir, { recursive: true, force: true }));

describe("runImport: ids and records", () => {
  it("takes offering ids from paths exactly, case and dots kept", () => {
    expect(result.files.has("offerings/hostco/meta-llama/Llama-9-70B-Instruct.json")).toBe(true);
    expect(result.files.has("offerings/relay/Rocket-2.json")).toBe(true);
    expect(json("offerings/relay/Rocket-2.json").apiId).toBe("Rocket-2");
  });

  it("lower-cases model slugs from models/<lab>/<id>", () => {
    expect(result.files.has("models/acme/rocket-2.json")).toBe(true);
    expect(json("offerings/relay/Rocket-2.json").model).toBe("acme/rocket-2");
  });

  it("maps provider facts, roles and sources, dropping an invalid doc URL", () => {
    expect(json("providers/acme.json")).toMatchObject({
      name: "Acme AI",
      roles: ["lab", "host"],
      docs: "https://docs.acme.test/models",
      apiBaseUrl: "https://api.acme.test/v1",
      sdkPackage: "@ai-sdk/acme",
      env: ["ACME_API_KEY"],
    });
    expect(json("providers/relay.json").docs).toBeUndefined();
    expect(json("providers/relay.json").sources[0]).toMatchObject({
      name: "models.dev",
      retrieved: "2026-03-01",
      commit: "0123456789abcdef0123456789abcdef01234567",
    });
  });

  it("maps model facts: family slug, knowledge, capabilities, limits, modalities, matched benchmarks", () => {
    const m = json("models/acme/rocket-1.json");
    expect(m).toMatchObject({
      name: "Rocket 1",
      family: "rocket",
      releaseDate: "2025-05-01",
      knowledgeCutoff: "2024-12",
      openWeights: false,
      capabilities: {
        toolCalling: true,
        structuredOutputs: true,
        reasoning: false,
        temperature: true,
        attachments: true,
      },
      limits: { context: 128000, maxInput: 100000, maxOutput: 16000 },
      modalities: { input: ["text", "image"], output: ["text"] },
    });
    expect(m.benchmarks).toHaveLength(1);
    expect(m.benchmarks[0]).toMatchObject({ benchmark: "gpqa-diamond", score: 61.5, date: "2025-05-02" });
    expect(json("models/acme/rocket-1-mini.json").weights).toEqual([
      { name: "Weights", url: "https://weights.test/rocket-1-mini" },
    ]);
    expect(json("models/acme/rocket-2.json").status).toBe("preview");
  });

  it("writes keys in schema order, 2-space JSON with a trailing newline", () => {
    const text = result.files.get("offerings/acme/rocket-1.json")!;
    expect(text.endsWith("}\n")).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(["model", "apiId", "status", "prices", "sources", "verified"]);
    expect(Object.keys(json("offerings/acme/rocket-1.json").prices[1])).toEqual([
      "from",
      "input",
      "output",
      "cacheRead",
      "cacheWrite",
      "reasoning",
      "inputAudio",
      "outputAudio",
      "citation",
      "tiers",
      "source",
    ]);
  });
});

describe("runImport: kinds and units", () => {
  it("gives every model record a kind where a rule decides, and reports the counts", () => {
    const kinds = [...result.files]
      .filter(([rel]) => rel.startsWith("models/"))
      .map(([, text]) => (JSON.parse(text) as { kind?: string }).kind);
    expect(kinds.some((k) => k === "chat")).toBe(true);
    for (const k of kinds)
      expect([
        undefined,
        "chat",
        "embedding",
        "image",
        "speech",
        "transcription",
        "video",
        "rerank",
        "moderation",
        "realtime",
      ]).toContain(k);
  });
  it("reads image as image-output tokens and request as per 1,000 searches", () => {
    expect(json("offerings/acme/legacy.json").prices.at(-1)).toMatchObject({ outputImage: 30, perThousandSearches: 5 });
  });
});

describe("runImport: grouping", () => {
  it("groups by base_model and records only the limits that differ", () => {
    const o = json("offerings/hostco/acme/rocket-1.json");
    expect(o.model).toBe("acme/rocket-1");
    expect(o.limits).toEqual({ context: 64000 });
    expect(o.capabilities).toBeUndefined();
    expect(json("offerings/relay/Rocket-2.json").modalities).toEqual({ input: ["text", "video"], output: ["text"] });
  });

  it("groups a creator-qualified id onto the existing model", () => {
    expect(json("offerings/hostco/acme/rocket-1-mini.json").model).toBe("acme/rocket-1-mini");
  });

  it("groups a lab's own plain id onto its models/<lab>/<id> model", () => {
    expect(json("offerings/acme/rocket-1.json").model).toBe("acme/rocket-1");
    expect(json("offerings/acme/rocket-1-mini.json").model).toBe("acme/rocket-1-mini");
  });

  it("never merges variants or dated snapshots", () => {
    expect(json("offerings/acme/rocket-1-thinking.json").model).toBe("acme/rocket-1-thinking");
    expect(json("offerings/acme/rocket-1-2025-05-01.json").model).toBe("acme/rocket-1-2025-05-01");
    expect(json("models/acme/rocket-1-thinking.json").name).toBe("Rocket 1 Thinking");
  });

  it("gives an unmatched offering a model under the creator its prefix names", () => {
    expect(json("offerings/hostco/meta-llama/Llama-9-70B-Instruct.json").model).toBe("meta/llama-9-70b-instruct");
    expect(json("models/meta/llama-9-70b-instruct.json")).toMatchObject({ name: "Llama 9 70B", openWeights: true });
    expect(json("models/meta/llama-9-70b-instruct.json").creatorUnknown).toBeUndefined();
    expect(json("providers/meta.json")).toMatchObject({ name: "Meta", roles: ["lab"] });
  });

  it("takes an organisation segment that is no host as the maker (identity), never the host", () => {
    expect(json("offerings/hostco/someorg/mystery-7b.json").model).toBe("someorg/mystery-7b");
    expect(json("models/someorg/mystery-7b.json").creatorUnknown).toBeUndefined();
    expect(json("providers/someorg.json")).toMatchObject({ roles: ["lab"] });
  });

  it("namespaces a model no evidence names the maker of under the serving provider, flagged", () => {
    expect(json("offerings/hostco/ghost.json").model).toBe("hostco/ghost");
    expect(json("models/hostco/ghost.json").creatorUnknown).toBe(true);
    expect(result.identity.resolution.apart.find((a) => a.id === "hostco/ghost")?.reason).toMatch(/maker unknown/);
  });

  it("counts grouped and standalone offerings", () => {
    expect(result.stats.byRule).toMatchObject({ base: 2, qualified: 1, "first-party": 2 });
    expect(result.stats.byRule.standalone).toBeGreaterThan(0);
  });
});

describe("runImport: errors are reported, the rest imports", () => {
  it("reports unparsable TOML with its line", () => {
    expect(issuesOf("unparsable")).toEqual([
      expect.objectContaining({ path: "providers/acme/models/broken.toml", reason: expect.stringMatching(/line 1/) }),
    ]);
    expect(result.files.has("offerings/acme/broken.json")).toBe(false);
  });

  it("reports invalid values and leaves them out", () => {
    const keys = issuesOf("invalid-value")
      .filter((i) => i.path === "providers/acme/models/badvalues.toml")
      .map((i) => i.key);
    expect(keys.sort()).toEqual(["cost.input", "knowledge", "limit.context", "tool_call"]);
    const o = json("offerings/acme/badvalues.json");
    expect(o.prices.at(-1)).toMatchObject({ output: 2 });
    expect(o.prices.at(-1).input).toBeUndefined();
  });

  it("reports unknown cost keys with path and key", () => {
    expect(issuesOf("unknown-cost-key").map((i) => `${i.path} ${i.key}`)).toEqual([
      "providers/acme/models/legacy.toml cost.surprise_fee",
      "providers/relay/models/tiered.toml cost.tiers.1.weird",
    ]);
  });

  it("reports fast-mode prices as skipped, and reads image and request prices in their own units", () => {
    expect(
      issuesOf("skipped-cost")
        .map((i) => i.key)
        .sort(),
    ).toEqual(["experimental.modes.fast.cost"]);
  });

  it("follows symbolic links and reports dangling ones", () => {
    // Read through the link (the target's free price); a plain id at a host joins the one maker
    // with a model of that id (identity), and its old model id would redirect there.
    expect(json("offerings/relay/rocket-1-mini.json").prices[0]).toMatchObject({ input: 0, output: 0 });
    expect(json("offerings/relay/rocket-1-mini.json").model).toBe("acme/rocket-1-mini");
    expect(result.identity.redirects.get("relay/rocket-1-mini")).toBe("acme/rocket-1-mini");
    expect(issuesOf("dangling-link").map((i) => i.path)).toEqual(["providers/relay/models/dangling.toml"]);
  });

  it("reports a missing base_model target and keeps the offering with its own fields", () => {
    expect(issuesOf("missing-base")).toEqual([
      expect.objectContaining({ path: "providers/hostco/models/ghost.toml", reason: expect.stringMatching(/kept/) }),
    ]);
    expect(json("offerings/hostco/ghost.json")).toMatchObject({ model: "hostco/ghost", status: "active" });
  });

  it("reports a provider folder without provider.toml", () => {
    expect(issuesOf("missing-provider").map((i) => i.path)).toEqual(["providers/noprovider"]);
  });

  it("reports benchmarks it cannot match to a definition", () => {
    expect(issuesOf("unmatched-benchmark")[0]!.reason).toContain("Made-Up Bench");
  });

  it("skips accidental copies in the history", () => {
    expect([...result.files.keys()].some((k) => k.includes(" copy"))).toBe(false);
    expect(issuesOf("skipped").some((i) => i.path.includes(" copy"))).toBe(true);
  });
});

describe("runImport: history", () => {
  it("does not count a key rename as a change, and ends with the snapshot's price", () => {
    const prices = json("offerings/acme/rocket-1.json").prices;
    expect(prices.map((p: { from: string; input: number }) => [p.from, p.input])).toEqual([
      ["2025-05-01", 2.5],
      ["2025-06-01", 2],
    ]);
    expect(prices[1]).toMatchObject({
      cacheRead: 0.5,
      cacheWrite: 2.5,
      tiers: [{ above: 200000, basis: "context", input: 4 }],
    });
  });

  it("skips an event that inherited no cost", () => {
    expect(json("offerings/hostco/acme/rocket-1.json").prices.map((p: { from: string }) => p.from)).toEqual([
      "2025-07-01",
    ]);
  });

  it("keeps a removed offering as retired with its removal date and last price", () => {
    const o = json("offerings/acme/rocket-0.json");
    expect(o).toMatchObject({ model: "acme/rocket-0", status: "retired", statusDates: { retired: "2025-01-15" } });
    expect(o.prices.at(-1)).toMatchObject({ from: "2024-06-01", input: 4 });
    expect(json("models/acme/rocket-0.json").name).toBe("rocket-0");
    expect(result.stats.retired).toBe(2);
  });

  it("keeps offerings of a provider no longer in the snapshot, with a minimal provider", () => {
    expect(json("offerings/gone/meta-llama/Llama-1-7B.json")).toMatchObject({
      model: "meta/llama-1-7b",
      status: "retired",
    });
    expect(json("providers/gone.json")).toMatchObject({ name: "gone", roles: ["host"] });
  });
});

describe("runImport: case-only renames upstream", () => {
  it("joins the old spelling's history to the current file instead of retiring it", () => {
    expect(result.files.has("offerings/relay/TIERED.json")).toBe(false);
    const o = json("offerings/relay/tiered.json");
    expect(o.status).toBe("active");
    expect(o.prices[0]).toMatchObject({ from: "2024-01-01", input: 0.9 });
    expect(o.prices.at(-1)).toMatchObject({ input: 1, output: 5 });
    expect(result.stats.caseRenames).toBe(1);
  });
});

describe("runImport: output", () => {
  it("passes npm run validate's checks with 0 errors", () => {
    const root = mkdtempSync(join(tmpdir(), "models-dev-root-"));
    try {
      mkdirSync(join(root, "content", "benchmarks"), { recursive: true });
      writeFileSync(
        join(root, "content/benchmarks/gpqa-diamond.json"),
        JSON.stringify({ name: "GPQA Diamond", category: "reasoning", description: "Test.", unit: "percent" }),
      );
      writeTreeAtomically(join(root, "content/imported/models-dev"), result.files);
      const { problems } = loadCatalog(root, "2026-11-27");
      expect(problems.filter((p) => p.level === "error")).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("is idempotent: the same snapshot twice writes the same bytes", () => {
    const root = mkdtempSync(join(tmpdir(), "models-dev-idem-"));
    try {
      const target = join(root, "content/imported/models-dev");
      writeTreeAtomically(target, result.files);
      const first = readTree(target);
      const again = runImport({ snapshotDir, history, known, tables });
      const diff = diffTrees(first, again.files);
      expect(diff.added.length + diff.changed.length + diff.removed.length).toBe(0);
      writeTreeAtomically(target, again.files);
      expect(readTree(target)).toEqual(first);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("writes atomically: a failure leaves the previous import as it was", () => {
    const root = mkdtempSync(join(tmpdir(), "models-dev-atomic-"));
    try {
      const target = join(root, "content/imported/models-dev");
      writeTreeAtomically(target, new Map([["providers/a.json", "{}\n"]]));
      expect(() =>
        writeTreeAtomically(
          target,
          new Map([
            ["providers/b.json", "{}\n"],
            ["../escape.json", "{}\n"],
          ]),
        ),
      ).toThrow(/unsafe/);
      expect([...readTree(target).keys()]).toEqual(["providers/a.json"]);
      expect(readTree(join(root, "content/imported")).size).toBe(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("refuses to write into curated content", () => {
    expect(() => writeTreeAtomically("/tmp/x/content/curated", new Map())).toThrow(/curated/);
  });

  it("reads curated model ids so offerings can group onto them", () => {
    const root = mkdtempSync(join(tmpdir(), "models-dev-known-"));
    try {
      mkdirSync(join(root, "content/curated/models/acme"), { recursive: true });
      writeFileSync(
        join(root, "content/curated/models/acme/someorg-only.json"),
        JSON.stringify({ name: "Curated", sources: [{ name: "x", retrieved: "2026-01-01" }], verified: "2026-01-01" }),
      );
      const k = readKnown(root);
      expect([...k.curatedModels.keys()]).toEqual(["acme/someorg-only"]);
      expect(readFileSync(join(root, "content/curated/models/acme/someorg-only.json"), "utf8")).toContain("Curated");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
