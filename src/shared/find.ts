/**
 * "The cheapest model that meets my needs, for my workload": requirements and a workload in, models
 * ranked by monthly cost out. One module for the /find/ page and the MCP server's `find_cheapest`.
 * The cost maths is `workloadCost` and the choice among a model's offerings is `cheapestOffering`
 * (pricing.ts): tiers, cache and batch prices apply; an unknown needed price is never a low price.
 */
import type { Capabilities, Limits, Modalities, Modality, ModelKind, PriceEntry } from "~/schemas";
import { cheapestOffering, workloadCost, type Workload, type WorkloadCost } from "./pricing";
import { isLive, MODEL_KINDS } from "./vocabulary";

/** What a model does (`kind` in the API files; the list and labels are the vocabulary's); absent is unknown. */
export { MODEL_KINDS };
export type { ModelKind };

/** One offering as the ranking reads it: limits, modalities and capabilities already merged with the model's. */
export interface FindOffering {
  id: string;
  provider: string;
  providerName: string;
  status: string;
  /** The current prices (the last entry not held as disputed), or null when none is known. */
  current: PriceEntry | null;
  /** Paid through a subscription plan: no per-token cost to rank. */
  subscription?: boolean;
  /** The creator's own API. */
  firstParty?: boolean;
  limits?: Limits;
  modalities?: Modalities;
  capabilities?: Capabilities;
}

export interface FindModel {
  id: string;
  name: string;
  creator: string | null;
  creatorName: string | null;
  status: string;
  kind?: ModelKind;
  openWeights?: boolean;
  license?: string;
  /** The model's best published score per benchmark id. */
  scores?: Record<string, number>;
  offerings: FindOffering[];
}

/** A benchmark the requirements may name. */
export interface FindBenchmark {
  id: string;
  name: string;
  unit: "percent" | "score" | "elo";
  higherIsBetter: boolean;
}

export interface Requirements {
  /** null: any kind. */
  kind: ModelKind | null;
  /** Every one of these must be accepted (input) or produced (output). */
  input: Modality[];
  output: Modality[];
  capabilities: (keyof Capabilities)[];
  minContext: number | null;
  minOutput: number | null;
  openWeights: boolean;
  /** Part of the licence name, case-insensitive (`apache`, `mit`); "" for any. */
  license: string;
  /** Only these providers (empty: all). */
  providers: string[];
  excludeProviders: string[];
  benchmark: string | null;
  minScore: number | null;
  /** Rank retired and delisted offerings too (off by default: live offerings only). */
  includeEnded: boolean;
}

export const DEFAULT_REQUIREMENTS: Requirements = {
  kind: "chat",
  input: [],
  output: [],
  capabilities: [],
  minContext: null,
  minOutput: null,
  openWeights: false,
  license: "",
  providers: [],
  excludeProviders: [],
  benchmark: null,
  minScore: null,
  includeEnded: false,
};

/**
 * A model's kind: the published `kind` (inferred at import, src/import/kind/), else, for a file
 * without it (an older or third-party copy of the JSON), a model whose output is text only and whose
 * input includes text is taken as a chat model, the import's own modalities rule; anything else
 * without `kind` is of unknown kind (and so never meets a kind requirement).
 */
export function modelKind(model: FindModel, modalities = model.offerings[0]?.modalities): ModelKind | undefined {
  if (model.kind) return model.kind;
  if (!modalities) return undefined;
  const textOut = modalities.output.length === 1 && modalities.output[0] === "text";
  return textOut && modalities.input.includes("text") ? "chat" : undefined;
}

type Verdict = "yes" | "no" | "unknown";
const all = (verdicts: Verdict[]): Verdict =>
  verdicts.includes("no") ? "no" : verdicts.includes("unknown") ? "unknown" : "yes";
const atLeast = (value: number | undefined, min: number | null): Verdict =>
  min === null ? "yes" : value === undefined ? "unknown" : value >= min ? "yes" : "no";

/** Whether the model's own facts (kind aside) meet the requirements: open weights, licence, benchmark. */
function modelVerdict(model: FindModel, req: Requirements, benchmarks: readonly FindBenchmark[]): Verdict {
  const v: Verdict[] = [];
  if (req.openWeights) v.push(model.openWeights === undefined ? "unknown" : model.openWeights ? "yes" : "no");
  if (req.license) {
    const want = req.license.toLowerCase();
    v.push(!model.license ? "unknown" : model.license.toLowerCase().includes(want) ? "yes" : "no");
  }
  if (req.benchmark && req.minScore !== null) {
    const score = model.scores?.[req.benchmark];
    const higher = benchmarks.find((b) => b.id === req.benchmark)?.higherIsBetter ?? true;
    v.push(score === undefined ? "unknown" : (higher ? score >= req.minScore : score <= req.minScore) ? "yes" : "no");
  }
  return all(v);
}

/** Whether one offering meets the requirements on its facts (status, provider, kind, modalities, capabilities, limits). */
function offeringVerdict(model: FindModel, o: FindOffering, req: Requirements): Verdict {
  if (!req.includeEnded && !isLive(o.status)) return "no";
  if (req.providers.length && !req.providers.includes(o.provider)) return "no";
  if (req.excludeProviders.includes(o.provider)) return "no";
  if (o.subscription) return "no";
  const v: Verdict[] = [];
  if (req.kind) {
    const kind = modelKind(model, o.modalities);
    v.push(kind === undefined ? "unknown" : kind === req.kind ? "yes" : "no");
  }
  for (const [want, have] of [
    [req.input, o.modalities?.input],
    [req.output, o.modalities?.output],
  ] as const) {
    if (want.length) v.push(!have ? "unknown" : want.every((m) => have.includes(m)) ? "yes" : "no");
  }
  for (const cap of req.capabilities) {
    const has = o.capabilities?.[cap];
    v.push(has === undefined ? "unknown" : has ? "yes" : "no");
  }
  v.push(atLeast(o.limits?.context, req.minContext));
  v.push(atLeast(o.limits?.maxOutput, req.minOutput));
  return all(v);
}

/** An offering with what the workload costs there. */
export interface Costed {
  offering: FindOffering;
  cost: WorkloadCost;
}

/** One model in the answer. */
export interface FindRow {
  model: FindModel;
  /** 1-based; models with the same monthly cost share a rank. */
  rank: number;
  /** Another model costs exactly the same. */
  tied: boolean;
  /** Its cheapest qualifying offering for the workload. */
  cheapest: Costed;
  /** The creator's own offering, when it qualifies (its cost may be unknown). */
  firstParty?: Costed;
  /** How many of its offerings qualify. */
  qualifying: number;
}

/** A qualifying model none of whose qualifying offerings publishes every price the workload needs. */
export interface UnpricedRow {
  model: FindModel;
  offerings: Costed[];
  /** Every needed price some qualifying offering lacks. */
  missing: string[];
}

export interface FindResult {
  ranked: FindRow[];
  /**
   * Models whose cheapest qualifying offering is free (usually a rate-limited trial tier), when other
   * models charge: by the one cheapest rule, what a paying user pays ranks; free ones are listed apart.
   */
  free: FindRow[];
  unpriced: UnpricedRow[];
  /** Models left out only because a fact a requirement asks about is not published. */
  unknownFacts: number;
}

/** Cents: monthly costs that print the same are a tie. */
const sameCost = (a: number, b: number) => Math.round(a * 100) === Math.round(b * 100);

/**
 * The answer: every model with at least one offering meeting the requirements, ranked by the monthly
 * cost of the workload at its cheapest such offering (the `cheapestOffering` rule: a free trial tier
 * counts only when no qualifying offering charges; a tie goes to the creator's own). Models whose
 * qualifying offerings all lack a needed price are listed apart in `unpriced`, never ranked; models
 * free of charge are listed apart in `free` when others charge.
 */
export function findCheapest(
  models: readonly FindModel[],
  req: Requirements,
  workload: Workload,
  benchmarks: readonly FindBenchmark[] = [],
): FindResult {
  const ranked: Omit<FindRow, "rank" | "tied">[] = [];
  const unpriced: UnpricedRow[] = [];
  let unknownFacts = 0;
  for (const model of models) {
    const facts = modelVerdict(model, req, benchmarks);
    if (facts === "no") continue;
    const verdicts = model.offerings.map((o) => offeringVerdict(model, o, req));
    if (facts === "unknown" || !verdicts.includes("yes")) {
      if (verdicts.includes("unknown") || (facts === "unknown" && verdicts.includes("yes"))) unknownFacts++;
      continue;
    }
    const costed: Costed[] = model.offerings
      .filter((_, i) => verdicts[i] === "yes")
      .map((offering) => ({ offering, cost: costOf(offering, workload) }));
    const cheapest = cheapestCosted(costed);
    const firstParty = costed.find((c) => c.offering.firstParty);
    if (!cheapest) {
      unpriced.push({ model, offerings: costed, missing: [...new Set(costed.flatMap((c) => c.cost.missing))] });
      continue;
    }
    ranked.push({ model, cheapest, ...(firstParty ? { firstParty } : {}), qualifying: costed.length });
  }
  ranked.sort(
    (a, b) =>
      a.cheapest.cost.perMonth! - b.cheapest.cost.perMonth! ||
      a.model.name.localeCompare(b.model.name) ||
      a.model.id.localeCompare(b.model.id),
  );
  const paid = ranked.some((r) => r.cheapest.cost.perMonth! > 0);
  const free = paid ? ranked.filter((r) => r.cheapest.cost.perMonth === 0) : [];
  const rows: FindRow[] = [];
  (paid ? ranked.filter((r) => r.cheapest.cost.perMonth! > 0) : ranked).forEach((row, i) => {
    const prev = rows[i - 1];
    const cost = row.cheapest.cost.perMonth!;
    const tiedWithPrev = !!prev && sameCost(prev.cheapest.cost.perMonth!, cost);
    if (tiedWithPrev) prev.tied = true;
    rows.push({ ...row, rank: tiedWithPrev ? prev.rank : i + 1, tied: tiedWithPrev });
  });
  unpriced.sort((a, b) => a.model.name.localeCompare(b.model.name) || a.model.id.localeCompare(b.model.id));
  return { ranked: rows, free: free.map((r) => ({ ...r, rank: 0, tied: false })), unpriced, unknownFacts };
}

const NO_PRICE: WorkloadCost = { perRequest: null, perMonth: null, missing: ["input", "output"] };
const costOf = (offering: FindOffering, w: Workload): WorkloadCost =>
  offering.current ? workloadCost(offering.current, w) : NO_PRICE;

/** The cheapest offering by monthly cost, by the site's one cheapest rule; undefined when no cost is known. */
function cheapestCosted(costed: readonly Costed[]): Costed | undefined {
  const perMonth = new Map(costed.map((c) => [c.offering.current, c.cost.perMonth]));
  // Candidates were filtered by the requirements (ended offerings may be asked for): the rule sees them as live.
  const best = cheapestOffering(
    costed.map((c) => ({ costed: c, current: c.offering.current, firstParty: c.offering.firstParty })),
    (entry) => perMonth.get(entry),
  );
  return best?.offering.costed;
}
