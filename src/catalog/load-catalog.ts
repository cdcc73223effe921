/**
 * Loads the whole catalog: reads every record, merges curated over imported, and checks every
 * invariant across records. `npm run validate`, the build and tests all go through here.
 */
import { todayUtc, type Benchmark, type Model, type Offering, type Provider } from "~/schemas";
import { readContent, type Entry, type Prose } from "./content";
import { mergeEntries } from "./merge";
import type { Problem } from "./problems";
import { applyPriceRules, readPriceRules } from "./price-rules";
import { applySecondSources, type SecondSource } from "./second-source";
import { readForKind, withoutRepeats } from "~/shared/units";
import { applyTrust, readDecisions, type OfferingTrust } from "./trust";

export type ProviderEntry = Entry<Provider>;
export type BenchmarkEntry = Entry<Benchmark>;
export interface ModelEntry extends Entry<Model> {
  creator: string;
  slug: string;
  prose?: Prose;
}
export interface OfferingEntry extends Entry<Offering> {
  provider: string;
  /** Prices held by a plausibility rule and curated decisions on them (`./trust`); absent when none. */
  trust?: OfferingTrust;
  /** What second sources of prices say of it (`./second-source`); absent when none does. */
  second?: SecondSource[];
}

export interface Catalog {
  providers: Map<string, ProviderEntry>;
  /** Canonical models only: records with `mergedInto` are in `redirects`. */
  models: Map<string, ModelEntry>;
  /** Model ids merged into another model (identity): their records, by old id; `data.mergedInto` is the target. */
  redirects?: Map<string, ModelEntry>;
  offerings: Map<string, OfferingEntry>;
  benchmarks: Map<string, BenchmarkEntry>;
}

const fileOf = (e: Entry<unknown>) => e.files[e.files.length - 1]!;

/**
 * Where element `index` of the merged array `key` was written: the file (curated or imported)
 * whose record holds that very value, and its index there. A merged history or benchmark list
 * mixes both files, so the merged index alone would point a reader at the wrong line.
 */
export function locate(entry: Entry<unknown>, key: string, index: number): { file: string; field: string } {
  const element = ((entry.data as Record<string, unknown>)[key] as unknown[] | undefined)?.[index];
  for (const part of [...(entry.parts ?? [])].reverse()) {
    const list = (part.data as Record<string, unknown>)[key];
    const i = Array.isArray(list) ? list.indexOf(element) : -1;
    if (i >= 0) return { file: part.file, field: `${key}.${i}` };
  }
  return { file: fileOf(entry), field: `${key}.${index}` };
}

/** The file whose record sets the top-level field `key`: the last one, since curated wins. */
function fileSetting(entry: Entry<unknown>, key: string): string {
  const part = [...(entry.parts ?? [])].reverse().find((p) => (p.data as Record<string, unknown>)[key] !== undefined);
  return part?.file ?? fileOf(entry);
}

/**
 * Checks the rules that span records. `today` bounds history dates (UTC, `YYYY-MM-DD`). `invalid`
 * holds `<kind>:<id>` of records that exist but failed their own checks: a reference to one of
 * them is not reported again as missing.
 */
export function checkInvariants(
  catalog: Catalog,
  today = todayUtc(),
  invalid: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const err = (file: string, field: string, message: string) => problems.push({ file, field, message, level: "error" });

  for (const [id, r] of catalog.redirects ?? []) {
    const target = r.data.mergedInto!;
    if (catalog.redirects?.has(target))
      err(fileOf(r), "mergedInto", `redirects to "${target}", which is itself merged (expected a canonical model id)`);
    else if (!catalog.models.has(target) && !invalid.has(`model:${target}`))
      err(
        fileOf(r),
        "mergedInto",
        `unknown model (expected a model id with a record under models/, found "${target}")`,
      );
    else if (target === id) err(fileOf(r), "mergedInto", `redirects to itself (expected another model's id)`);
  }

  for (const model of catalog.models.values()) {
    const file = fileOf(model);
    if (!catalog.providers.has(model.creator) && !invalid.has(`provider:${model.creator}`)) {
      err(
        file,
        "",
        `creator "${model.creator}" is not a provider (expected content/*/providers/${model.creator}.json, found none)`,
      );
    }
    model.data.benchmarks?.forEach((r, i) => {
      const at = locate(model, "benchmarks", i);
      if (!catalog.benchmarks.has(r.benchmark) && !invalid.has(`benchmark:${r.benchmark}`)) {
        err(
          at.file,
          `${at.field}.benchmark`,
          `unknown benchmark (expected an id from content/benchmarks/, found "${r.benchmark}")`,
        );
      }
      if (r.date > today)
        err(at.file, `${at.field}.date`, `date is in the future (expected on or before ${today}, found ${r.date})`);
    });
    model.data.aliases?.forEach((a, i) => {
      const known = model.data.snapshots?.some((s) => s.id === a.pointsTo);
      const at = locate(model, "aliases", i);
      if (!known)
        err(
          at.file,
          `${at.field}.pointsTo`,
          `alias points to an unlisted snapshot (expected one of the snapshots' ids, found "${a.pointsTo}")`,
        );
    });
    if (model.prose) {
      model.prose.data.alternatives?.forEach((alt, i) =>
        alt.models.forEach((id, j) => {
          if (!catalog.models.has(id) && !invalid.has(`model:${id}`))
            err(
              model.prose!.file,
              `alternatives.${i}.models.${j}`,
              `unknown model (expected a model id, found "${id}")`,
            );
        }),
      );
    }
  }

  for (const offering of catalog.offerings.values()) {
    const file = fileOf(offering);
    if (!catalog.providers.has(offering.provider) && !invalid.has(`provider:${offering.provider}`)) {
      err(
        file,
        "",
        `provider "${offering.provider}" does not exist (expected content/*/providers/${offering.provider}.json, found none)`,
      );
    }
    const redirect = catalog.redirects?.get(offering.data.model);
    if (redirect) {
      err(
        file,
        "model",
        `model "${offering.data.model}" was merged into "${redirect.data.mergedInto}" (expected the canonical id, found the old one)`,
      );
    } else if (!catalog.models.has(offering.data.model) && !invalid.has(`model:${offering.data.model}`)) {
      err(
        fileSetting(offering, "model"),
        "model",
        `unknown model (expected a model id with a record under models/, found "${offering.data.model}")`,
      );
    }
    offering.data.prices.forEach((entry, i) => {
      const at = locate(offering, "prices", i);
      if (entry.from > today)
        err(at.file, `${at.field}.from`, `date is in the future (expected on or before ${today}, found ${entry.from})`);
      const checks: [number | undefined, number | undefined, string][] = [
        [entry.cacheRead, entry.input, "cacheRead"],
        ...(entry.tiers ?? []).map(
          (t, k) =>
            [t.cacheRead, t.input ?? entry.input, `tiers.${k}.cacheRead`] as [
              number | undefined,
              number | undefined,
              string,
            ],
        ),
      ];
      for (const [cache, input, field] of checks) {
        if (cache !== undefined && input !== undefined && cache > input) {
          problems.push({
            file: at.file,
            field: `${at.field}.${field}`,
            message: `cache read costs more than input (${cache} > ${input}); flagged for a check against the source`,
            level: "warning",
          });
        }
      }
    });
  }
  return problems;
}

/**
 * Reads every history as its model's kind reads it (~/shared/units): entries committed before the
 * importer knew kinds keep their file as written, and the loaded catalog carries an image model's
 * image-output token price as `outputImage`, never as text output, and no "free" output for embeddings.
 */
function readUnits(catalog: Catalog): void {
  for (const o of catalog.offerings.values()) {
    const model = catalog.models.get(o.data.model)?.data;
    if (!model?.kind) continue;
    const output = (o.data.modalities ?? model.modalities)?.output;
    const read = o.data.prices.map((e) => readForKind(e, model.kind, output));
    if (read.some((e, i) => e !== o.data.prices[i])) o.data = { ...o.data, prices: withoutRepeats(read) };
  }
}

/** Reads, merges and checks `<root>/content`. Problems come back sorted by file. */
export function loadCatalog(root: string, today?: string): { catalog: Catalog; problems: Problem[] } {
  const { content, problems } = readContent(root);
  const models = new Map<string, ModelEntry>();
  const redirects = new Map<string, ModelEntry>();
  for (const [id, entry] of mergeEntries(content.models, "model")) {
    const [creator, slug] = id.split("/") as [string, string];
    (entry.data.mergedInto ? redirects : models).set(id, { ...entry, creator, slug, prose: content.prose.get(id) });
  }
  for (const [id, prose] of content.prose) {
    if (!models.has(id) && !redirects.has(id) && !content.invalid.has(`model:${id}`))
      problems.push({
        file: prose.file,
        field: "",
        message: `prose for an unknown model (expected models/${id}.json beside it, found none)`,
        level: "error",
      });
  }
  const offerings = new Map<string, OfferingEntry>();
  for (const [id, entry] of mergeEntries(content.offerings, "offering")) {
    offerings.set(id, { ...entry, provider: id.split("/")[0]! });
  }
  const catalog: Catalog = {
    providers: mergeEntries(content.providers, "provider"),
    models,
    redirects,
    offerings,
    benchmarks: mergeEntries(content.benchmarks, "benchmark"),
  };
  problems.push(...checkInvariants(catalog, today, content.invalid));
  readUnits(catalog);
  applyTrust(catalog, readDecisions(root, problems), problems);
  applySecondSources(catalog, content.sourcePrices, problems);
  applyPriceRules(catalog, readPriceRules(root, problems));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field));
  return { catalog, problems };
}
