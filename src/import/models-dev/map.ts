/**
 * Maps upstream fields to ours: provider facts, provider-neutral model facts, and the parts of an
 * offering that can differ from its model. Values of the wrong type or form are reported and left
 * out (unknown), never coerced.
 */
import {
  Capabilities as CapabilitiesSchema,
  IsoDate,
  Modality,
  MonthOrDate,
  Url,
  type Capabilities,
  type Model,
  type Provider,
  type Source,
} from "~/schemas";
import { BENCHMARK_IDS, SUBSCRIPTION_IDS, SUBSCRIPTION_NAME } from "./tables";
import type { Issue, SnapshotMeta, Table } from "./types";

export const MODELS_DEV_URL = "https://models.dev";

const isTable = (v: unknown): v is Table => !!v && typeof v === "object" && !Array.isArray(v);

/** The source every imported record cites: the snapshot, and the upstream file it was read from. */
export function snapshotSource(meta: SnapshotMeta, path?: string): Source {
  return {
    name: "models.dev",
    url: MODELS_DEV_URL,
    retrieved: meta.date,
    ...(meta.commit ? { commit: meta.commit } : {}),
    ...(path ? { note: `upstream file ${path}` } : {}),
  };
}

/** Lower-cases and replaces every character a slug cannot hold with `-`. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-+$/, "");
  return slug;
}

/** Collects issues for one upstream file. */
export class Reporter {
  /**
   * @param only when set, issues are kept only for these top-level keys: an offering that inherits
   * from a model file reports its own fields, not the inherited ones (reported with the model file).
   */
  constructor(
    readonly path: string,
    readonly issues: Issue[],
    readonly only?: ReadonlySet<string>,
  ) {}
  invalid(key: string, expected: string, found: unknown): void {
    this.add({
      kind: "invalid-value",
      key,
      reason: `expected ${expected}, found ${JSON.stringify(found)}; left out (unknown)`,
    });
  }
  add(issue: Omit<Issue, "path">): void {
    if (this.only && issue.key && !this.only.has(issue.key.split(".")[0]!)) return;
    this.issues.push({ ...issue, path: this.path });
  }
}

function text(data: Table, key: string, r: Reporter): string | undefined {
  const v = data[key];
  if (v === undefined) return undefined;
  if (typeof v === "string" && v.trim()) return v.trim();
  r.invalid(key, "a non-empty string", v);
  return undefined;
}

function bool(data: Table, key: string, r: Reporter): boolean | undefined {
  const v = data[key];
  if (v === undefined) return undefined;
  if (typeof v === "boolean") return v;
  r.invalid(key, "true or false", v);
  return undefined;
}

function matches(schema: { safeParse(v: unknown): { success: boolean } }, v: unknown): boolean {
  return schema.safeParse(v).success;
}

/** Top-level keys the importer knows; anything else is reported once as an ignored field. */
const KNOWN_FIELDS = new Set([
  "name",
  "family",
  "release_date",
  "last_updated",
  "attachment",
  "reasoning",
  "temperature",
  "knowledge",
  "tool_call",
  "structured_output",
  "open_weights",
  "cost",
  "limit",
  "modalities",
  "base_model",
  "base_model_omit",
  "reasoning_options", // request parameters for reasoning effort: not in our schema
  "interleaved", // where reasoning text is returned: not in our schema
  "provider", // per-model API override (npm package, URL, shape): not in our schema
  "experimental",
  "benchmarks",
  "weights",
  "links",
  "status",
  "license",
]);

/** Reports top-level fields the importer does not know, and experimental prices it skips. */
export function reportUnmapped(data: Table, r: Reporter): void {
  for (const key of Object.keys(data).sort()) {
    if (!KNOWN_FIELDS.has(key))
      r.add({ kind: "unknown-field", key, reason: "field not known to the importer; ignored" });
  }
  const modes = isTable(data.experimental) && isTable(data.experimental.modes) ? data.experimental.modes : undefined;
  for (const mode of Object.keys(modes ?? {}).sort()) {
    const m = modes![mode];
    if (isTable(m) && m.cost !== undefined) {
      r.add({
        kind: "skipped-cost",
        key: `experimental.modes.${mode}.cost`,
        reason: `prices of the experimental "${mode}" mode (a request option, not the offering's standard price); not imported`,
      });
    }
  }
}

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
    r.invalid("knowledge", "a date written YYYY-MM or YYYY-MM-DD", knowledge);
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

/** A provider record from provider.toml. */
export function providerOf(
  data: Table,
  roles: Provider["roles"],
  r: Reporter,
  meta: SnapshotMeta,
  fallbackName: string,
  id = fallbackName,
): Provider {
  const name = text(data, "name", r) ?? fallbackName;
  const subscription = SUBSCRIPTION_NAME.test(name) || SUBSCRIPTION_IDS.has(id);
  const doc = text(data, "doc", r);
  if (doc && !matches(Url, doc)) r.invalid("doc", "an http(s) URL", doc);
  const env =
    data.env === undefined
      ? undefined
      : Array.isArray(data.env) && data.env.every((e) => typeof e === "string")
        ? (data.env as string[])
        : undefined;
  if (data.env !== undefined && !env) r.invalid("env", "an array of strings", data.env);
  for (const key of Object.keys(data).sort()) {
    if (!["name", "env", "npm", "api", "doc"].includes(key))
      r.add({ kind: "unknown-field", key, reason: "provider field not known to the importer; ignored" });
  }
  return {
    name,
    roles,
    ...(subscription ? { billing: "subscription" as const } : {}),
    docs: doc && matches(Url, doc) ? doc : undefined,
    apiBaseUrl: text(data, "api", r),
    sdkPackage: text(data, "npm", r),
    env: env?.length ? env : undefined,
    sources: [snapshotSource(meta, r.path)],
    verified: meta.date,
  };
}
