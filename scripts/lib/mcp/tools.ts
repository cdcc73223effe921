/**
 * The MCP server's tools, as plain functions over the published JSON (a `DataSource`). They answer
 * with the site's own code: `searchModels` and `chooseOffering` (compare), `workloadCost` (the
 * calculator), `findCheapest` (the /find/ page). Results are plain objects; prices are USD, per 1M
 * tokens for unit prices; null means not published (unknown), never free.
 */
import type { ApiModel, ApiModelRedirect, ApiOffering } from "../../../src/schemas/api";
import type { FindFile } from "../../../src/shared/find-data";
import { decodeFind } from "../../../src/shared/find-data";
import {
  DEFAULT_REQUIREMENTS,
  findCheapest,
  type Costed,
  type FindRow,
  type Requirements,
} from "../../../src/shared/find";
import { serializeFindState } from "../../../src/shared/find-state";
import { chooseOffering, searchModels, type IndexRow } from "../../../src/shared/compare-ids";
import { workloadCost, type Workload } from "../../../src/shared/pricing";
import { isLive } from "../../../src/shared/vocabulary";
import { NotFoundError, type DataSource } from "./source";

const MODEL_ID = /^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/;

/** `search_models`: models whose name, id or maker contains every word of the query. */
export async function searchModelsTool(src: DataSource, query: string, limit = 10) {
  const names = await src.json<{ models: IndexRow[] }>("api/model-names.json");
  const hits = searchModels(names.models, query, limit);
  return {
    query,
    models: await Promise.all(
      hits.map(async ([id, name, creator, liveOfferings, retired]) => ({
        id,
        name,
        creator,
        liveOfferings,
        retired: retired === 1,
        url: await src.siteUrl(`/models/${id}/`),
      })),
    ),
  };
}

/** A model's API file, following a redirect entry (a merged id) once. */
async function modelFile(src: DataSource, id: string): Promise<ApiModel> {
  if (!MODEL_ID.test(id))
    throw new Error(`"${id}" is not a model id (expected <creator>/<slug>, e.g. openai/gpt-4.1-nano)`);
  let file: ApiModel | ApiModelRedirect;
  try {
    file = await src.json<ApiModel | ApiModelRedirect>(`api/models/${id}.json`);
    if ("redirect" in file) file = await src.json<ApiModel>(`api/models/${file.redirect}.json`);
  } catch (error) {
    if (error instanceof NotFoundError)
      throw new Error(`no model "${id}" in the catalog (search_models finds ids by name)`, { cause: error });
    throw error;
  }
  return file as ApiModel;
}

const prices = (o: ApiOffering) =>
  o.current
    ? {
        input: o.current.input ?? null,
        cachedInput: o.current.cacheRead ?? null,
        output: o.current.output ?? null,
        ...(o.current.tiers?.length ? { contextTiers: o.current.tiers.length } : {}),
        from: o.current.from,
        source: o.current.source.name,
      }
    : null;

/** `get_model`: a model's facts and its live offerings' current prices (the API file has full histories). */
export async function getModelTool(src: DataSource, id: string) {
  const m = await modelFile(src, id);
  return {
    id: m.id,
    ...(m.id !== id ? { requested: id } : {}),
    name: m.name,
    creator: m.creator?.name ?? null,
    status: m.status,
    summary: m.summary ?? null,
    releaseDate: m.releaseDate ?? null,
    knowledgeCutoff: m.knowledgeCutoff ?? null,
    openWeights: m.openWeights ?? null,
    license: m.license ?? null,
    limits: m.limits ?? null,
    modalities: m.modalities ?? null,
    capabilities: m.capabilities ?? null,
    pricesUnit: "USD per 1M tokens; null is not published",
    offerings: m.offerings
      .filter((o) => isLive(o.status))
      .map((o) => ({ id: o.id, provider: o.provider.name, apiId: o.apiId, status: o.status, prices: prices(o) })),
    benchmarks: (m.benchmarks ?? []).map((b) => ({
      benchmark: b.benchmark,
      score: b.score,
      ...(b.variant ? { variant: b.variant } : {}),
      date: b.date,
    })),
    url: await src.siteUrl(`/models/${m.id}/`),
    api: await src.siteUrl(`/api/models/${m.id}.json`),
  };
}

/** `compare_models`: 2 to 8 models side by side, each at its cheapest live offering (or `id@provider`), with the workload's cost. */
export async function compareModelsTool(src: DataSource, refs: string[], workload: Workload) {
  const rows = await Promise.all(
    refs.map(async (ref) => {
      const at = ref.indexOf("@");
      const id = at === -1 ? ref : ref.slice(0, at);
      const m = await modelFile(src, id);
      const o = chooseOffering(m.offerings, at === -1 ? undefined : ref.slice(at + 1));
      const cost = o?.current ? workloadCost(o.current, workload) : null;
      return {
        id: m.id,
        name: m.name,
        creator: m.creator?.name ?? null,
        offering: o ? { id: o.id, provider: o.provider.name, prices: prices(o) } : null,
        context: m.limits?.context ?? null,
        maxOutput: m.limits?.maxOutput ?? null,
        modalities: m.modalities ?? null,
        capabilities: m.capabilities ?? null,
        workloadCost: cost
          ? { perRequest: clean(cost.perRequest), perMonth: clean(cost.perMonth), missingPrices: cost.missing }
          : { perRequest: null, perMonth: null, missingPrices: ["input", "output"] },
      };
    }),
  );
  const query = refs.map((r) => r.replace(/[^A-Za-z0-9._:@/-]/g, encodeURIComponent)).join(",");
  return { workload, models: rows, url: await src.siteUrl(`/compare/?models=${query}`) };
}

/** A dollar figure without floating-point noise (0.36000000000000004 → 0.36), unknown kept as null. */
const clean = (x: number | null) => (x === null ? null : Number(x.toPrecision(12)));
const costed = (c: Costed) => ({
  offering: c.offering.id,
  provider: c.offering.providerName,
  perMonth: clean(c.cost.perMonth),
  perRequest: clean(c.cost.perRequest),
  ...(c.cost.missing.length ? { missingPrices: c.cost.missing } : {}),
  ...(c.cost.tier ? { contextTierAbove: c.cost.tier.above } : {}),
  pricesFrom: c.offering.current?.from ?? null,
});
const row = (r: FindRow) => ({
  rank: r.rank,
  tied: r.tied,
  model: r.model.id,
  name: r.model.name,
  creator: r.model.creatorName,
  cheapest: costed(r.cheapest),
  makerOwn: r.firstParty ? costed(r.firstParty) : null,
  qualifyingOfferings: r.qualifying,
});

/** `find_cheapest`: the /find/ answer for requirements and a workload. */
export async function findCheapestTool(src: DataSource, req: Partial<Requirements>, workload: Workload, limit = 10) {
  // What the caller left out keeps its default (an explicit undefined too).
  const given = Object.fromEntries(Object.entries(req).filter(([, v]) => v !== undefined));
  const full: Requirements = { ...DEFAULT_REQUIREMENTS, ...given };
  const files = [await src.json<FindFile>("api/find.json")];
  if (full.includeEnded) files.push(await src.json<FindFile>("api/find-ended.json"));
  const data = decodeFind(...files);
  const result = findCheapest(data.models, full, workload, data.benchmarks);
  const query = serializeFindState({ req: full, workload });
  return {
    requirements: full,
    workload,
    monthIs: "30 days; USD",
    qualifying: result.ranked.length,
    ranked: result.ranked.slice(0, limit).map(row),
    free: result.free.slice(0, limit).map(row),
    freeCount: result.free.length,
    unpriced: result.unpriced
      .slice(0, limit)
      .map((u) => ({ model: u.model.id, name: u.model.name, missingPrices: u.missing })),
    unpricedCount: result.unpriced.length,
    leftOutForUnknownFacts: result.unknownFacts,
    dataBuilt: data.built,
    url: await src.siteUrl(`/find/${query ? `?${query}` : ""}`),
  };
}
