/** `/api/find.json` and `/api/find-ended.json`: the data /find/ and the MCP server rank (schema: src/schemas/api-find.ts). */
import type { ApiFind, ApiFindModel } from "~/schemas/api-find";
import type { Source } from "~/schemas";
import type { CatalogViews, OfferingView } from "~/views/catalog-views";
import { bestResult } from "~/views/leaderboard";
import { isLive } from "~/shared/vocabulary";
import { apiMeta } from "./api-meta";

/** The keys of an offering's override that differ from the model's value (most importers repeat the model's). */
function differing<K extends string, T extends object>(key: K, own: T | undefined, model: T | undefined) {
  if (!own) return {};
  const diff = Object.fromEntries(
    Object.entries(own).filter(([k, v]) => (model as Record<string, unknown> | undefined)?.[k] !== v),
  ) as Partial<T>;
  return Object.keys(diff).length ? ({ [key]: diff } as Record<K, Partial<T>>) : {};
}

/**
 * The models with at least one offering in scope ("live": active, preview or deprecated; "ended":
 * retired or delisted), each with those offerings' current prices (disputed entries never count).
 */
export function findFile(views: CatalogViews, scope: ApiFind["scope"], site: URL | string): ApiFind {
  const sources: Source[] = [];
  const sourceIndex = new Map<string, number>();
  const sourceOf = (s: Source) => {
    const key = JSON.stringify(s);
    let i = sourceIndex.get(key);
    if (i === undefined) sourceIndex.set(key, (i = sources.push(s) - 1));
    return i;
  };
  const providers: Record<string, string> = {};
  const usedBenchmarks = new Set<string>();
  const inScope = (o: OfferingView) => isLive(o.entry.data.status) === (scope === "live");

  const models: ApiFindModel[] = [];
  for (const m of views.models) {
    const offerings = m.offerings.filter(inScope);
    if (!offerings.length) continue;
    const d = m.entry.data;
    const kind = d.kind;
    const scores: Record<string, number> = {};
    for (const id of new Set((d.benchmarks ?? []).map((r) => r.benchmark))) {
      const b = views.catalog.benchmarks.get(id);
      const best = bestResult(m, id, b?.data.higherIsBetter ?? true);
      if (best && b) {
        scores[id] = best.score;
        usedBenchmarks.add(id);
      }
    }
    models.push({
      id: m.entry.id,
      name: d.name,
      creatorName: d.creatorUnknown ? null : m.creatorName,
      status: d.status,
      ...(kind ? { kind } : {}),
      ...(d.openWeights !== undefined ? { openWeights: d.openWeights } : {}),
      ...(d.license ? { license: d.license } : {}),
      ...(Object.keys(scores).length ? { scores } : {}),
      ...(d.limits ? { limits: d.limits } : {}),
      ...(d.modalities ? { modalities: d.modalities } : {}),
      ...(d.capabilities ? { capabilities: d.capabilities } : {}),
      offerings: offerings.map((o) => {
        providers[o.entry.provider] = o.providerName;
        const od = o.entry.data;
        const current = o.current
          ? (({ source, note: _note, ...prices }) => ({ ...prices, source: sourceOf(source) }))(o.current)
          : null;
        return {
          id: o.entry.id,
          provider: o.entry.provider,
          status: od.status,
          ...(o.subscription ? { subscription: true as const } : {}),
          current,
          ...differing("limits", od.limits, d.limits),
          ...(od.modalities && JSON.stringify(od.modalities) !== JSON.stringify(d.modalities)
            ? { modalities: od.modalities }
            : {}),
          ...differing("capabilities", od.capabilities, d.capabilities),
        };
      }),
    });
  }
  const benchmarks = [...usedBenchmarks].sort().map((id) => {
    const b = views.catalog.benchmarks.get(id)!.data;
    return { id, name: b.name, unit: b.unit, higherIsBetter: b.higherIsBetter };
  });
  return {
    ...apiMeta("find", site),
    built: new Date().toISOString().slice(0, 10),
    scope,
    providers,
    benchmarks,
    sources,
    models,
  };
}
