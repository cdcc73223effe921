/**
 * Reads `/api/find.json` (and `/api/find-ended.json`) into what `findCheapest` ranks: an offering's
 * limits, modalities and capabilities merged over the model's (the provider's word wins, as on the
 * profile), price sources taken from the shared table. Used by the /find/ page and the MCP server.
 */
import type { ApiFind, ApiFindModel } from "~/schemas/api-find";
import type { PriceEntry } from "~/schemas";
import { MODEL_KINDS, type FindBenchmark, type FindModel, type ModelKind } from "./find";

export type FindFile = ApiFind;

export interface FindData {
  built: string;
  models: FindModel[];
  benchmarks: FindBenchmark[];
  providers: Record<string, string>;
}

const kindOf = (kind: string | undefined): ModelKind | undefined =>
  (MODEL_KINDS as readonly string[]).includes(kind ?? "") ? (kind as ModelKind) : undefined;

function decodeModel(m: ApiFindModel, file: FindFile): FindModel {
  const creator = m.creatorName === null ? null : m.id.slice(0, m.id.indexOf("/"));
  const kind = kindOf(m.kind);
  return {
    id: m.id,
    name: m.name,
    creator,
    creatorName: m.creatorName,
    status: m.status,
    ...(kind ? { kind } : {}),
    ...(m.openWeights !== undefined ? { openWeights: m.openWeights } : {}),
    ...(m.license ? { license: m.license } : {}),
    ...(m.scores ? { scores: m.scores } : {}),
    offerings: m.offerings.map((o) => {
      let current: PriceEntry | null = null;
      if (o.current) {
        const { source, ...prices } = o.current;
        current = { ...prices, source: file.sources[source] ?? { name: "unknown", retrieved: prices.from } };
      }
      const modalities = o.modalities ?? m.modalities;
      return {
        id: o.id,
        provider: o.provider,
        providerName: file.providers[o.provider] ?? o.provider,
        status: o.status,
        current,
        ...(o.subscription ? { subscription: true } : {}),
        firstParty: creator !== null && o.provider === creator,
        limits: { ...m.limits, ...o.limits },
        ...(modalities ? { modalities } : {}),
        capabilities: { ...m.capabilities, ...o.capabilities },
      };
    }),
  };
}

/** The models of one or more files (live, then ended), offerings of one model gathered under it. */
export function decodeFind(...files: FindFile[]): FindData {
  const byId = new Map<string, FindModel>();
  const benchmarks = new Map<string, FindBenchmark>();
  const providers: Record<string, string> = {};
  for (const file of files) {
    Object.assign(providers, file.providers);
    for (const b of file.benchmarks) benchmarks.set(b.id, b);
    for (const raw of file.models) {
      const model = decodeModel(raw, file);
      const seen = byId.get(model.id);
      if (seen) seen.offerings.push(...model.offerings);
      else byId.set(model.id, model);
    }
  }
  return {
    built: files[0]?.built ?? "",
    models: [...byId.values()],
    benchmarks: [...benchmarks.values()].sort((a, b) => a.name.localeCompare(b.name)),
    providers,
  };
}
