/**
 * The models.dev import, as a pure function from a snapshot (plus its history and the ids of our
 * curated records) to the files to write under `content/imported/models-dev/` and a list of issues.
 * Nothing here touches `content/`: `scripts/import-models-dev.ts` writes the result.
 *
 * Grouping of offerings onto models, in order:
 * 1. `base_model`: the model file the offering inherits from;
 * 2. a creator-qualified id (`openai/gpt-4.1-nano` at OpenRouter) that names an existing model
 *    (from `models/` or curated content), the creator read through CREATOR_PREFIXES;
 * 3. a plain id at a lab's own API that equals one of that lab's `models/<lab>/<id>` files;
 * otherwise the offering stands alone and gets a model of its own: under the creator its id names
 * (CREATOR_PREFIXES), or its lab when the provider serves only its own models, or else under the
 * serving provider with `creatorUnknown: true`. Ids are matched exactly (lower-cased), so sizes,
 * versions, variants and dated snapshots never merge.
 */
import { Model, Offering, Provider, type PriceEntry } from "~/schemas";
import { normalizeCost, type PricePart } from "./costs";
import { buildHistory, type HistoryEvent, type HistoryFile } from "./history";
import { baseModelOf, resolveInheritance } from "./inherit";
import { modelFactsOf, providerOf, Reporter, reportUnmapped, slugify, snapshotSource, type ModelFacts } from "./map";
import { serialize } from "./records";
import { readSnapshot, type SnapshotOffering } from "./snapshot";
import { DEFAULT_TABLES, type ImportTables } from "./tables";
import type { Issue, SnapshotMeta, Table } from "./types";

/** What the importer needs to know of our own content. */
export interface Known {
  /** Curated models by id, with the facts offerings are compared against. */
  curatedModels: Map<string, Pick<Model, "name" | "limits" | "modalities" | "capabilities">>;
  /** Ids of content/benchmarks/*.json. */
  benchmarks: ReadonlySet<string>;
}

export type GroupRule = "base" | "qualified" | "first-party" | "missing-base" | "standalone";

export interface ImportStats {
  providers: number;
  models: number;
  offerings: number;
  retired: number;
  byRule: Record<GroupRule, number>;
  /** The same, for offerings in the snapshot only (not retired). */
  activeByRule: Record<GroupRule, number>;
  /** History files merged into another spelling of the same path (case-only renames upstream). */
  caseRenames: number;
  /** Offerings per provider, and how many of them are retired. */
  perProvider: Map<string, { offerings: number; retired: number }>;
}

export interface ImportResult {
  meta: SnapshotMeta;
  /** `providers/<id>.json`, `models/<creator>/<slug>.json`, `offerings/<provider>/<id>.json` -> text. */
  files: Map<string, string>;
  issues: Issue[];
  stats: ImportStats;
}

interface OfferingDraft {
  provider: string;
  fileId: string;
  path: string;
  /** The file's own fields resolved over its base; undefined for an offering known only from history. */
  resolved?: Table;
  facts?: ModelFacts;
  base?: string;
  baseMissing?: boolean;
  modelId?: string;
  rule?: GroupRule;
  creatorUnknown?: boolean;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `providers/<p>/models/<fileId>.toml` -> its parts. */
function parseOfferingPath(path: string): { provider: string; fileId: string } | undefined {
  const m = /^providers\/([^/]+)\/models\/(.+)\.toml$/.exec(path);
  return m ? { provider: m[1]!, fileId: m[2]! } : undefined;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Keys of `own` whose value differs from `model`'s: an offering records only where it differs. */
function differing<T extends object>(own: T | undefined, model: T | undefined): T | undefined {
  if (!own) return undefined;
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(own) as [keyof T, T[keyof T]][]) {
    if (value !== undefined && model?.[key] !== value) out[key] = value;
  }
  return Object.keys(out).length ? (out as T) : undefined;
}

function sortedModalities(m: Model["modalities"]): Model["modalities"] {
  return m && { input: [...m.input].sort(), output: [...m.output].sort() };
}

/** Runs the import in memory. Throws only when the snapshot's date is unknown. */
export function runImport(opts: {
  snapshotDir: string;
  history?: HistoryFile;
  known: Known;
  meta?: Partial<SnapshotMeta>;
  /** Extra entries for the tables in tables.ts (merged over the defaults). */
  tables?: Partial<ImportTables>;
}): ImportResult {
  const t = opts.tables;
  const CREATOR_PREFIXES = { ...DEFAULT_TABLES.creatorPrefixes, ...t?.creatorPrefixes };
  const LAB_NAMES = { ...DEFAULT_TABLES.labNames, ...t?.labNames };
  const FIRST_PARTY = { ...DEFAULT_TABLES.firstParty, ...t?.firstParty };
  const SERVES_OWN_MODELS_ONLY = new Set([...DEFAULT_TABLES.servesOwnModelsOnly, ...(t?.servesOwnModelsOnly ?? [])]);
  const PROVIDER_ROLES = { ...DEFAULT_TABLES.providerRoles, ...t?.providerRoles };
  const snap = readSnapshot(opts.snapshotDir);
  const date = opts.meta?.date ?? snap.meta?.date;
  if (!date)
    throw new Error("the snapshot's date is unknown (expected a SNAPSHOT file naming it, or --date YYYY-MM-DD)");
  const meta: SnapshotMeta = { date, commit: opts.meta?.commit ?? snap.meta?.commit };
  const issues: Issue[] = [...snap.issues];
  const known = opts.known;

  // Provider-neutral models from models/<lab>/<id>.toml.
  const modelFacts = new Map<string, { facts: ModelFacts; path: string }>();
  const modelIdOfFile = new Map<string, string>(); // exact "<lab>/<id>" -> model id
  const modelIdOfFileLower = new Map<string, string>();
  const fileOfModelId = new Map<string, string>(); // model id -> exact "<lab>/<id>"
  for (const [key, file] of [...snap.models].sort(([a], [b]) => cmp(a, b))) {
    const [lab, ...rest] = key.split("/");
    const id = `${slugify(lab!)}/${slugify(rest.join("-"))}`;
    if (!rest.length || !slugify(rest.join("-"))) {
      issues.push({ kind: "skipped", path: file.path, reason: "model file is not at models/<lab>/<id>.toml; skipped" });
      continue;
    }
    if (modelFacts.has(id)) {
      issues.push({
        kind: "skipped",
        path: file.path,
        reason: `another model file already gives model id ${id}; skipped`,
      });
      continue;
    }
    const r = new Reporter(file.path, issues);
    reportUnmapped(file.data, r);
    modelFacts.set(id, { facts: modelFactsOf(file.data, r, meta, known.benchmarks, rest.join("/")), path: file.path });
    modelIdOfFile.set(key, id);
    fileOfModelId.set(id, key);
    modelIdOfFileLower.set(key.toLowerCase(), id);
  }
  const existingModel = (id: string) => modelFacts.has(id) || known.curatedModels.has(id);

  // Offerings: every file in the snapshot, then every file known only from the history.
  const drafts: OfferingDraft[] = [];
  const inSnapshot = new Set<string>();
  // Upstream history holds accidental copies ("gpt-4 copy.toml", "Qwen 2/x.toml"): no provider takes
  // an id with whitespace in it, so those are reported and left out.
  const accidental = (path: string, fileId: string) => {
    if (!/\s/.test(fileId)) return false;
    issues.push({
      kind: "skipped",
      path,
      reason: "file id contains whitespace (an accidental copy upstream, not a model id); skipped",
    });
    return true;
  };
  for (const o of snap.offerings) {
    inSnapshot.add(o.path);
    if (!accidental(o.path, o.fileId)) drafts.push(draftOf(o));
  }
  // Upstream sometimes renamed a file by case only (MiniMax-M2.toml -> minimax-m2.toml). That is one
  // offering, not a retired one plus a new one (and two such files would collide on case-insensitive
  // file systems), so the old spelling's events join the current file's history.
  const eventsOf = new Map<string, HistoryEvent[]>();
  const canonical = new Map<string, string>(); // lower-cased path -> the path that names the offering
  for (const path of inSnapshot) canonical.set(path.toLowerCase(), path);
  const allHistory = opts.history?.events ?? {};
  const lastDate = (path: string) => (allHistory[path] ?? []).reduce((max, e) => (e.date > max ? e.date : max), "");
  const byRecency = Object.keys(allHistory)
    .filter((p) => !inSnapshot.has(p))
    .sort((a, b) => cmp(lastDate(b), lastDate(a)) || cmp(a, b));
  for (const path of byRecency) if (!canonical.has(path.toLowerCase())) canonical.set(path.toLowerCase(), path);
  let caseRenames = 0;
  for (const path of Object.keys(allHistory).sort(cmp)) {
    const target = canonical.get(path.toLowerCase())!;
    if (target !== path) caseRenames++;
    eventsOf.set(target, [...(target !== path ? allHistory[path]! : []), ...(eventsOf.get(target) ?? [])]);
  }
  for (const path of Object.keys(allHistory).sort(cmp)) {
    const target = canonical.get(path.toLowerCase())!;
    if (target === path) eventsOf.set(target, [...(eventsOf.get(target) ?? []), ...allHistory[path]!]);
  }
  const historyOnly = [...new Set(canonical.values())].filter((p) => !inSnapshot.has(p)).sort(cmp);
  for (const path of historyOnly) {
    const parts = parseOfferingPath(path);
    if (!parts) {
      issues.push({
        kind: "skipped",
        path,
        reason: "history entry is not an offering file (providers/<p>/models/<id>.toml); skipped",
      });
      continue;
    }
    if (!accidental(path, parts.fileId)) drafts.push({ ...parts, path });
  }

  function draftOf(o: SnapshotOffering): OfferingDraft {
    const r = new Reporter(o.path, issues);
    reportUnmapped(o.data, r);
    const base = baseModelOf(o.data);
    const baseId =
      base === undefined ? undefined : (modelIdOfFile.get(base) ?? modelIdOfFileLower.get(base.toLowerCase()));
    const baseFile = baseId ? snap.models.get(fileOfModelId.get(baseId)!) : undefined;
    const resolved = resolveInheritance(o.data, baseFile?.data);
    const lastSegment = o.fileId.split("/").pop()!;
    const factsReporter = baseFile ? new Reporter(o.path, issues, new Set(Object.keys(o.data))) : r;
    return {
      provider: o.provider,
      fileId: o.fileId,
      path: o.path,
      resolved,
      facts: modelFactsOf(resolved, factsReporter, meta, known.benchmarks, lastSegment),
      base,
      baseMissing: base !== undefined && !baseId,
      modelId: baseId,
      rule: baseId ? "base" : undefined,
    };
  }

  // Grouping rules 2 and 3, then standalone models.
  const derived = new Map<string, OfferingDraft[]>();
  for (const d of drafts) {
    if (d.rule || d.baseMissing) continue;
    const segments = d.fileId.split("/");
    const creator = segments.length > 1 ? CREATOR_PREFIXES[segments[0]!.toLowerCase()] : undefined;
    const qualifiedSlug = creator ? slugify(segments.slice(1).join("-")) : undefined;
    if (creator && qualifiedSlug && existingModel(`${creator}/${qualifiedSlug}`)) {
      d.modelId = `${creator}/${qualifiedSlug}`;
      d.rule = "qualified";
      continue;
    }
    const lab = FIRST_PARTY[d.provider];
    if (lab && segments.length === 1) {
      const exact =
        modelIdOfFile.get(`${lab}/${d.fileId}`) ??
        (known.curatedModels.has(`${lab}/${d.fileId.toLowerCase()}`) ? `${lab}/${d.fileId.toLowerCase()}` : undefined);
      if (exact) {
        d.modelId = exact;
        d.rule = "first-party";
        continue;
      }
    }
    let id: string | undefined;
    if (creator && qualifiedSlug) id = `${creator}/${qualifiedSlug}`;
    else if (segments.length === 1 && SERVES_OWN_MODELS_ONLY.has(d.provider))
      id = `${FIRST_PARTY[d.provider] ?? d.provider}/${slugify(d.fileId)}`;
    else {
      d.creatorUnknown = true;
      id = `${d.provider}/${slugify(segments.join("-"))}`;
    }
    if (!/^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/.test(id)) {
      issues.push({ kind: "skipped", path: d.path, reason: `no model id can be made from "${d.fileId}"; skipped` });
      continue;
    }
    d.modelId = id;
    d.rule = "standalone";
    if (!existingModel(id)) derived.set(id, [...(derived.get(id) ?? []), d]);
  }

  // Offerings whose base_model is missing: grouped onto that model if it exists anyway.
  for (const d of drafts) {
    if (!d.baseMissing) continue;
    const [lab, ...rest] = d.base!.split("/");
    const id = `${slugify(lab ?? "")}/${slugify(rest.join("-"))}`;
    if (existingModel(id) || derived.has(id)) {
      d.modelId = id;
      d.rule = "missing-base";
      issues.push({
        kind: "missing-base",
        path: d.path,
        key: "base_model",
        reason: `base_model "${d.base}" has no file; imported with the offering's own fields onto model ${id}`,
      });
    } else {
      issues.push({
        kind: "missing-base",
        path: d.path,
        key: "base_model",
        reason: `base_model "${d.base}" has no file and no model ${id} exists; offering skipped`,
      });
    }
  }

  // Records.
  const files = new Map<string, string>();
  const modelRecords = new Map<string, Model>();
  const providerRecords = new Map<string, Provider>();

  const write = <S extends typeof Provider | typeof Model | typeof Offering>(
    schema: S,
    rel: string,
    record: unknown,
    sourcePath: string,
  ): boolean => {
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, 5)) {
        issues.push({
          kind: "schema",
          path: sourcePath,
          key: issue.path.join("."),
          reason: `${issue.message}; record ${rel} not written`,
        });
      }
      return false;
    }
    files.set(rel, serialize(schema, record));
    return true;
  };

  const verified = meta.date;
  const modelRecord = (facts: ModelFacts, extra: Partial<Model>, sourcePath: string, note?: string): Model =>
    ({
      name: facts.name,
      ...extra,
      family: facts.family,
      releaseDate: facts.releaseDate,
      knowledgeCutoff: facts.knowledgeCutoff,
      status: facts.status,
      openWeights: facts.openWeights,
      license: facts.license,
      weights: facts.weights,
      modalities: facts.modalities,
      capabilities: facts.capabilities,
      limits: facts.limits,
      benchmarks: facts.benchmarks,
      links: facts.links,
      sources: [{ ...snapshotSource(meta, sourcePath), ...(note ? { note } : {}) }],
      verified,
    }) as Model;

  for (const [id, { facts, path }] of modelFacts) {
    const record = modelRecord(facts, {}, path);
    if (write(Model, `models/${id}.json`, record, path)) modelRecords.set(id, record);
  }
  for (const [id, group] of [...derived].sort(([a], [b]) => cmp(a, b))) {
    const creator = id.split("/")[0]!;
    const primary = [...group].sort(
      (a, b) =>
        Number(!a.resolved) - Number(!b.resolved) ||
        Number(FIRST_PARTY[a.provider] !== creator && a.provider !== creator) -
          Number(FIRST_PARTY[b.provider] !== creator && b.provider !== creator) ||
        cmp(a.path, b.path),
    )[0]!;
    const facts = primary.facts ?? { name: primary.fileId.split("/").pop()! };
    const note = primary.resolved
      ? undefined
      : `known only from the upstream history of ${primary.path} (removed upstream)`;
    const record = modelRecord(facts, primary.creatorUnknown ? { creatorUnknown: true } : {}, primary.path, note);
    if (write(Model, `models/${id}.json`, record, primary.path)) modelRecords.set(id, record);
  }

  // Providers: every provider.toml, every creator without one, every provider known only from history.
  const labs = new Set([...snap.labs, ...Object.keys(LAB_NAMES)]);
  for (const [id, file] of snap.providers) {
    const roles: Provider["roles"] =
      labs.has(id) || SERVES_OWN_MODELS_ONLY.has(id) ? ["lab", "host"] : (PROVIDER_ROLES[id] ?? ["host"]);
    const record = providerOf(file.data, roles, new Reporter(file.path, issues), meta, id);
    if (write(Provider, `providers/${id}.json`, record, file.path)) providerRecords.set(id, record);
  }
  const creators = new Set([...modelRecords.keys()].map((id) => id.split("/")[0]!));
  for (const creator of [...creators].sort(cmp)) {
    if (providerRecords.has(creator)) continue;
    const record: Provider = {
      name: LAB_NAMES[creator] ?? creator,
      roles: ["lab"],
      sources: [
        { ...snapshotSource(meta), note: "creator of models in the snapshot, which has no provider.toml for it" },
      ],
      verified,
    };
    if (write(Provider, `providers/${creator}.json`, record, `providers/${creator}`))
      providerRecords.set(creator, record);
  }
  for (const d of drafts) {
    if (providerRecords.has(d.provider) || d.resolved) continue;
    const record: Provider = {
      name: d.provider,
      roles: PROVIDER_ROLES[d.provider] ?? ["host"],
      sources: [
        { ...snapshotSource(meta), note: "provider no longer in the upstream catalog; known from its history" },
      ],
      verified,
    };
    if (write(Provider, `providers/${d.provider}.json`, record, `providers/${d.provider}`))
      providerRecords.set(d.provider, record);
  }

  // Offerings.
  const stats: ImportStats = {
    providers: providerRecords.size,
    models: modelRecords.size,
    offerings: 0,
    retired: 0,
    byRule: { base: 0, qualified: 0, "first-party": 0, "missing-base": 0, standalone: 0 },
    activeByRule: { base: 0, qualified: 0, "first-party": 0, "missing-base": 0, standalone: 0 },
    caseRenames,
    perProvider: new Map(),
  };
  for (const d of drafts.sort((a, b) => cmp(a.path, b.path))) {
    if (!d.modelId || !d.rule) continue;
    const model = modelRecords.get(d.modelId) ?? known.curatedModels.get(d.modelId);
    if (!model) {
      issues.push({
        kind: "skipped",
        path: d.path,
        reason: `its model ${d.modelId} has no valid record; offering skipped`,
      });
      continue;
    }
    let current: PricePart | undefined;
    let inherited: PricePart | undefined;
    if (d.resolved) {
      const own = normalizeCost(d.resolved.cost);
      for (const issue of own.issues) issues.push({ ...issue, path: d.path });
      current = own.prices;
      if (d.base && !d.baseMissing) {
        const baseKey = fileOfModelId.get(d.modelId);
        inherited = baseKey ? normalizeCost(snap.models.get(baseKey)?.data.cost).prices : undefined;
      }
    }
    const history = buildHistory({ path: d.path, events: eventsOf.get(d.path), current, inherited, meta, issues });
    const retired = !d.resolved;
    const facts = d.facts;
    const record: Offering = {
      model: d.modelId,
      apiId: d.fileId,
      name: facts && facts.name !== model.name ? facts.name : undefined,
      status: retired ? "retired" : (facts?.status ?? "active"),
      statusDates: retired && history.removedOn ? { retired: history.removedOn } : undefined,
      limits: differing(facts?.limits, model.limits),
      modalities:
        facts?.modalities && !sameJson(sortedModalities(facts.modalities), sortedModalities(model.modalities))
          ? facts.modalities
          : undefined,
      capabilities: differing(facts?.capabilities, model.capabilities),
      prices: history.prices as PriceEntry[],
      sources: [
        retired
          ? {
              ...snapshotSource(meta),
              note: `upstream file ${d.path}, removed from the catalog; known from its history`,
            }
          : snapshotSource(meta, d.path),
      ],
      verified,
    } as Offering;
    if (!write(Offering, `offerings/${d.provider}/${d.fileId}.json`, record, d.path)) continue;
    stats.offerings++;
    stats.byRule[d.rule]++;
    const per = stats.perProvider.get(d.provider) ?? { offerings: 0, retired: 0 };
    per.offerings++;
    if (!retired) stats.activeByRule[d.rule]++;
    if (retired) {
      per.retired++;
      stats.retired++;
    }
    stats.perProvider.set(d.provider, per);
  }
  stats.providers = providerRecords.size;
  stats.models = modelRecords.size;
  return { meta, files, issues, stats };
}
