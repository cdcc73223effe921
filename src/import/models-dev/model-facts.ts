/**
 * Provider-neutral model facts from an upstream model file (or from a resolved offering that
 * stands for its model): capabilities, limits, modalities, status, benchmarks, links.
 */
import {
  Capabilities as CapabilitiesSchema,
  IsoDate,
  Modality,
  MonthOrDate,
  Url,
  type Capabilities,
  type Model,
} from "~/schemas";
import { bool, isTable, matches, MODELS_DEV_URL, slugify, text, type Reporter } from "./fields";
import { BENCHMARK_IDS } from "./tables";
import type { SnapshotMeta, Table } from "./types";

const CAPABILITY_MAP: [string, keyof Capabilities][] = [
  ["tool_call", "toolCalling"],
  ["structured_output", "structuredOutputs"],
  ["reasoning", "reasoning"],
  ["temperature", "temperature"],
  ["attachment", "attachments"],
];
type Limits = NonNullable<Model["limits"]>;
type Modalities = NonNullable<Model["modalities"]>;

export function capabilitiesOf(data: Table, r: Reporter): Capabilities | undefined {
  const out: Capabilities = {};
  for (const [from, to] of CAPABILITY_MAP) {
    const v = bool(data, from, r);
    if (v !== undefined) out[to] = v;
  }
  // Keep the schema's key order.
  const ordered: Capabilities = {};
  for (const key of Object.keys(CapabilitiesSchema.shape) as (keyof Capabilities)[])
    if (out[key] !== undefined) ordered[key] = out[key];
  return Object.keys(ordered).length ? ordered : undefined;
}

export function limitsOf(data: Table, r: Reporter): Limits | undefined {
  if (data.limit === undefined) return undefined;
  if (!isTable(data.limit)) {
    r.invalid("limit", "a table", data.limit);
    return undefined;
  }
  const out: Limits = {};
  for (const [from, to] of [
    ["context", "context"],
    ["input", "maxInput"],
    ["output", "maxOutput"],
  ] as const) {
    const v = data.limit[from];
    if (v === undefined) continue;
    if (typeof v === "number" && Number.isInteger(v) && v > 0) out[to] = v;
    else r.invalid(`limit.${from}`, "a positive whole number of tokens", v);
  }
  return Object.keys(out).length ? out : undefined;
}

export function modalitiesOf(data: Table, r: Reporter): Modalities | undefined {
  if (data.modalities === undefined) return undefined;
  if (!isTable(data.modalities)) {
    r.invalid("modalities", "a table", data.modalities);
    return undefined;
  }
  const side = (key: "input" | "output"): Modality[] | undefined => {
    const v = (data.modalities as Table)[key];
    if (!Array.isArray(v)) {
      r.invalid(`modalities.${key}`, "an array of modalities", v);
      return undefined;
    }
    const out: Modality[] = [];
    for (const item of v) {
      if (matches(Modality, item)) {
        if (!out.includes(item as Modality)) out.push(item as Modality);
      } else r.invalid(`modalities.${key}`, `one of ${Modality.options.join(", ")}`, item);
    }
    return out;
  };
  const input = side("input");
  const output = side("output");
  return input && output ? { input, output } : undefined;
}

export function statusOf(data: Table, r: Reporter): Model["status"] | undefined {
  const v = data.status;
  if (v === undefined) return undefined;
  if (v === "alpha" || v === "beta") return "preview";
  if (v === "deprecated") return "deprecated";
  r.invalid("status", '"alpha", "beta" or "deprecated"', v);
  return undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

function benchmarksOf(data: Table, r: Reporter, meta: SnapshotMeta, known: ReadonlySet<string>): Model["benchmarks"] {
  if (data.benchmarks === undefined) return undefined;
  if (!Array.isArray(data.benchmarks)) {
    r.invalid("benchmarks", "an array of tables", data.benchmarks);
    return undefined;
  }
  const out: NonNullable<Model["benchmarks"]> = [];
  data.benchmarks.forEach((raw, i) => {
    if (!isTable(raw) || typeof raw.name !== "string" || typeof raw.score !== "number") {
      r.invalid(`benchmarks.${i}`, "a table with a name and a numeric score", raw);
      return;
    }
    const id = BENCHMARK_IDS[raw.name.toLowerCase()];
    if (!id || !known.has(id)) {
      r.add({
        kind: "unmatched-benchmark",
        key: `benchmarks.${i}`,
        reason: `no benchmark id for "${raw.name}"; result not imported`,
      });
      return;
    }
    const dated = typeof raw.date === "string" && matches(IsoDate, raw.date);
    const url = typeof raw.source === "string" && matches(Url, raw.source) ? raw.source : undefined;
    const variant = [
      raw.harness,
      raw.variant,
      raw.dataset,
      raw.version === undefined ? undefined : `version ${String(raw.version)}`,
    ]
      .filter((p) => typeof p === "string" && p.length > 0)
      .join(", ");
    const notes = [
      typeof raw.metric === "string" ? `Metric: ${raw.metric}.` : "",
      dated ? "" : "Undated upstream; the date is the snapshot's.",
    ].filter(Boolean);
    out.push({
      benchmark: id,
      score: raw.score,
      ...(variant ? { variant } : {}),
      date: dated ? (raw.date as string) : meta.date,
      source: {
        name: url ? `${hostOf(url)} (via models.dev)` : "models.dev",
        url: url ?? MODELS_DEV_URL,
        retrieved: meta.date,
        ...(meta.commit ? { commit: meta.commit } : {}),
        ...(notes.length ? { note: notes.join(" ") } : {}),
      },
    });
  });
  return out.length ? out : undefined;
}

function labelledLinks(
  data: Table,
  key: "weights" | "links",
  r: Reporter,
): { label: string; url: string }[] | undefined {
  const v = data[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) {
    r.invalid(key, "an array of tables", v);
    return undefined;
  }
  const out: { label: string; url: string }[] = [];
  v.forEach((raw, i) => {
    if (
      isTable(raw) &&
      typeof raw.label === "string" &&
      raw.label &&
      typeof raw.url === "string" &&
      matches(Url, raw.url)
    ) {
      out.push({ label: raw.label, url: raw.url });
    } else r.invalid(`${key}.${i}`, "a table with a label and an http(s) url", raw);
  });
  return out.length ? out : undefined;
}

/** Provider-neutral facts of a model file (or of a resolved offering that stands for its model). */
export type ModelFacts = Omit<Model, "sources" | "verified" | "status" | "creatorUnknown"> & {
  status?: Model["status"];
};

export function modelFactsOf(
  data: Table,
  r: Reporter,
  meta: SnapshotMeta,
  knownBenchmarks: ReadonlySet<string>,
  fallbackName: string,
): ModelFacts {
  const family = text(data, "family", r);
  const familySlug = family ? slugify(family) : undefined;
  const release = text(data, "release_date", r);
  const knowledge = text(data, "knowledge", r);
  if (release && !matches(IsoDate, release)) r.invalid("release_date", "a date written YYYY-MM-DD", release);
  if (knowledge && !matches(MonthOrDate, knowledge))
    r.invalid("knowledge", "a real calendar date written YYYY-MM or YYYY-MM-DD", knowledge);
  const weights = labelledLinks(data, "weights", r);
  const facts: ModelFacts = {
    name: text(data, "name", r) ?? fallbackName,
    family: familySlug || undefined,
    releaseDate: release && matches(IsoDate, release) ? release : undefined,
    knowledgeCutoff: knowledge && matches(MonthOrDate, knowledge) ? knowledge : undefined,
    status: statusOf(data, r),
    openWeights: bool(data, "open_weights", r),
    license: text(data, "license", r),
    weights: weights?.map((w) => ({ name: w.label, url: w.url })),
    modalities: modalitiesOf(data, r),
    capabilities: capabilitiesOf(data, r),
    limits: limitsOf(data, r),
    benchmarks: benchmarksOf(data, r, meta, knownBenchmarks),
    links: labelledLinks(data, "links", r),
  };
  return facts;
}
