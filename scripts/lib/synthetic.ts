/**
 * A synthetic catalog for build benchmarks (`npm run bench`): `n` models with records shaped like
 * the real content/ (counts measured on the models.dev import plus the curated records, 2026-11):
 * - offerings per model: 89% one, the rest a long tail of 2–40 (a few models at many routers);
 * - price-history entries per offering: 21% none, 64% one, 11% two, then 3–12 rarely;
 * - long-context tiers on ~3% of offerings, benchmark results on ~2% of models, curated prose on
 *   ~0.2%, capabilities/modalities/limits on about half;
 * - about one provider per 35 models.
 * Deterministic: the same `n` and `seed` give the same files. Prices are random and fictitious:
 * these records only ever go into temporary benchmark projects, never into content/.
 */

export interface SyntheticFile {
  /** Path relative to the project root, e.g. `content/imported/synthetic/models/p1/m-1.json`. */
  path: string;
  text: string;
}

/** mulberry32: a small seeded PRNG, good enough for shaping test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from `[value, weight]` pairs. */
function weighted<T>(rand: () => number, table: readonly [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1]![0];
}

/** Offerings per model, as counted in content/ (5,777 models, 9,198 offerings). */
const OFFERINGS_PER_MODEL: [number, number][] = [
  [1, 5136],
  [2, 184],
  [3, 102],
  [4, 67],
  [5, 52],
  [6, 26],
  [7, 25],
  [8, 11],
  [9, 17],
  [10, 10],
  [12, 29],
  [14, 14],
  [16, 16],
  [18, 11],
  [20, 11],
  [22, 11],
  [25, 10],
  [30, 8],
  [35, 7],
  [40, 4],
];
/** Price-history entries per offering, as counted in content/. */
const HISTORY_LENGTH: [number, number][] = [
  [0, 1933],
  [1, 5911],
  [2, 1009],
  [3, 231],
  [4, 68],
  [5, 27],
  [6, 10],
  [8, 5],
  [12, 4],
];

const BENCHMARKS = [
  ["mmlu", "knowledge"],
  ["mmlu-pro", "knowledge"],
  ["gpqa-diamond", "reasoning"],
  ["hle", "reasoning"],
  ["aime-2025", "math"],
  ["math-500", "math"],
  ["livecodebench", "coding"],
  ["scicode", "coding"],
  ["aider-polyglot", "coding"],
  ["tau2-bench", "agentic"],
  ["ifbench", "instruction-following"],
  ["aa-lcr", "long-context"],
] as const;
const MODALITIES = ["text", "image", "audio", "video", "pdf"] as const;
const CAPABILITIES = [
  "toolCalling",
  "parallelToolCalls",
  "structuredOutputs",
  "jsonMode",
  "reasoning",
  "streaming",
  "promptCaching",
  "temperature",
  "attachments",
] as const;

const source = (name: string, retrieved: string, note?: string) => ({
  name,
  url: "https://example.com/synthetic",
  retrieved,
  commit: "0123456789abcdef0123456789abcdef01234567",
  ...(note ? { note } : {}),
});

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A date `days` after 2023-01-01, `YYYY-MM-DD`. */
function day(days: number): string {
  return new Date(Date.UTC(2023, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function generateSyntheticCatalog(n: number, seed = 1): SyntheticFile[] {
  const rand = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const files: SyntheticFile[] = [];
  const retrieved = "2026-07-01";
  const base = "content/imported/synthetic";

  for (const [id, category] of BENCHMARKS) {
    files.push({
      path: `content/benchmarks/${id}.json`,
      text: json({
        name: id.toUpperCase(),
        category,
        description: `Synthetic benchmark ${id}.`,
        unit: "percent",
        scale: { min: 0, max: 100 },
        higherIsBetter: true,
      }),
    });
  }

  const providerCount = Math.max(20, Math.round(n / 35));
  const providers = Array.from({ length: providerCount }, (_, i) => `provider-${i + 1}`);
  providers.forEach((id, i) => {
    files.push({
      path: `${base}/providers/${id}.json`,
      text: json({
        name: `Provider ${i + 1}`,
        roles: i % 4 === 0 ? ["lab", "host"] : i % 4 === 1 ? ["router"] : ["host"],
        docs: `https://docs.provider-${i + 1}.example.com`,
        apiBaseUrl: `https://api.provider-${i + 1}.example.com/v1`,
        sdkPackage: "@ai-sdk/openai-compatible",
        env: [`PROVIDER_${i + 1}_API_KEY`],
        sources: [source("synthetic", retrieved, `upstream file providers/${id}/provider.toml`)],
        verified: retrieved,
      }),
    });
  });
  // Creators: a quarter of the providers make models; most models are made by a few of them (Zipf-like).
  const creators = providers.filter((_, i) => i % 4 === 0);
  const pickCreator = () => creators[Math.min(creators.length - 1, Math.floor(creators.length * rand() ** 2))]!;

  const offeringPaths = new Set<string>();
  const lastDay = 1300; // 2026-07-24: no date in the future
  for (let i = 1; i <= n; i++) {
    const creator = pickCreator();
    const slug = `model-${i}`;
    const id = `${creator}/${slug}`;
    const familyNo = Math.floor(i / 4);
    const rich = rand() < 0.5;
    const released = int(0, 900);
    const model: Record<string, unknown> = { name: `Synthetic Model ${i}` };
    if (!rich) model.creatorUnknown = true;
    if (rand() < 0.35) model.family = `family-${familyNo}`;
    if (rich) {
      model.releaseDate = day(released);
      if (rand() < 0.4) model.knowledgeCutoff = day(released - 120).slice(0, 7);
      model.openWeights = rand() < 0.4;
      const inputs = MODALITIES.filter((m, k) => k === 0 || rand() < 0.3);
      model.modalities = { input: inputs, output: ["text"] };
      model.capabilities = Object.fromEntries(CAPABILITIES.map((c) => [c, rand() < 0.6]));
      model.limits = { context: 2 ** int(13, 20), maxOutput: 2 ** int(11, 16) };
    }
    if (rand() < 0.02) model.status = "deprecated";
    if (rand() < 0.018) {
      model.benchmarks = BENCHMARKS.filter(() => rand() < 0.6).map(([benchmark]) => ({
        benchmark,
        score: round(rand() * 100),
        variant: "Synthetic",
        date: day(released + 10),
        source: source("Synthetic leaderboard", retrieved, "Generated for build benchmarks."),
      }));
    }
    model.sources = [source("synthetic", retrieved, `upstream file providers/${creator}/models/${slug}.toml`)];
    model.verified = retrieved;

    const curated = rand() < 0.002;
    if (curated) {
      model.summary = `A synthetic model used to measure how the site builds at scale (${i}).`;
      files.push({ path: `content/curated/models/${creator}/${slug}.json`, text: json(model) });
      const paragraph =
        "This paragraph stands in for a curated overview of a model: what it is, who made it, what it is good at and what it costs. "
          .repeat(4)
          .trim();
      files.push({
        path: `content/curated/models/${creator}/${slug}.md`,
        text: `---\nwritten: ${retrieved}\nstrengths:\n  - Fast.\n  - Cheap.\nweaknesses:\n  - Synthetic.\nbestFor:\n  - Benchmarks of the build.\n---\n${paragraph}\n\n${paragraph}\n`,
      });
    } else {
      files.push({ path: `${base}/models/${id}.json`, text: json(model) });
    }

    const offeringCount = Math.min(weighted(rand, OFFERINGS_PER_MODEL), providers.length);
    const start = int(0, providers.length - 1);
    for (let k = 0; k < offeringCount; k++) {
      const provider = k === 0 && !model.creatorUnknown ? creator : providers[(start + k * 7) % providers.length]!;
      const apiId = provider === creator ? slug : `${creator}/${slug}`;
      const offeringPath = `${base}/offerings/${provider}/${apiId}.json`;
      if (offeringPaths.has(offeringPath)) continue; // the same provider twice
      offeringPaths.add(offeringPath);
      const entries = weighted(rand, HISTORY_LENGTH);
      const tiered = rand() < 0.03;
      let input = round(0.05 + rand() * 15);
      let date = released + int(0, 30);
      const prices: Record<string, unknown>[] = [];
      for (let e = 0; e < entries && date <= lastDay; e++) {
        const entry: Record<string, unknown> = { from: day(date), input, output: round(input * 4) };
        if (rand() < 0.4) entry.cacheRead = round(input / 10);
        if (tiered)
          entry.tiers = [{ above: 200_000, basis: "context", input: round(input * 2), output: round(input * 8) }];
        entry.source = source("synthetic", retrieved, "date the upstream catalog changed");
        prices.push(entry);
        date += int(20, 120);
        input = round(input * (0.5 + rand() * 0.45)); // every change is a real change
      }
      const offering: Record<string, unknown> = {
        model: id,
        apiId,
        status: entries === 0 && rand() < 0.5 ? "retired" : "active",
      };
      if (offering.status === "retired") offering.statusDates = { retired: day(Math.min(date, lastDay)) };
      if (rand() < 0.3) offering.limits = { context: 2 ** int(13, 20) };
      if (rand() < 0.2) offering.endpoints = ["chat-completions"];
      offering.prices = prices;
      offering.sources = [source("synthetic", retrieved, `upstream file providers/${provider}/models/${apiId}.toml`)];
      offering.verified = retrieved;
      files.push({ path: offeringPath, text: json(offering) });
    }
  }
  return files;
}
