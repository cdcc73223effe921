/** The public JSON of a model: its facts, its offerings, and each offering's full price history. */
import type { ApiCatalog, ApiDisputed, ApiModel, ApiModelRedirect, Snapshot } from "~/schemas/api";
import type { CsvCell } from "./csv";
import type { CatalogViews, ModelView, OfferingView } from "~/views/catalog-views";
import { apiMeta } from "./api-meta";
import { absoluteUrl } from "~/shared/url";

/** The disputed entries of an offering, oldest first, for the API files (with their prices when asked). */
export function disputedEntries(o: OfferingView): ApiDisputed[] {
  return o.entry.data.prices
    .filter((e) => o.disputed.has(e.from))
    .map((e) => ({ from: e.from, flags: o.disputed.get(e.from)!.map((f) => ({ ...f })) }));
}

/** `/api/models/<creator>/<slug>.json`: the model, its prose, every offering with its full history, its ranks. */
export function modelApiRecord(model: ModelView, views: CatalogViews, site: URL | string): ApiModel {
  const { entry } = model;
  const { $schema: _record, ...data } = entry.data;
  return {
    ...apiMeta("api-model", site),
    id: entry.id,
    creator: entry.data.creatorUnknown ? null : { id: entry.creator, name: model.creatorName },
    ...data,
    prose: entry.prose ? { ...entry.prose.data, overview: entry.prose.body } : undefined,
    offerings: model.offerings.map((o) => ({
      id: o.entry.id,
      provider: { id: o.entry.provider, name: o.providerName },
      ...(o.subscription ? { subscription: true as const } : {}),
      ...o.entry.data,
      $schema: undefined,
      model: undefined,
      current: o.current ?? null,
      ...(o.disputed.size ? { disputed: disputedEntries(o) } : {}),
    })),
    benchmarkRanks: Object.fromEntries(
      [...new Set((entry.data.benchmarks ?? []).map((r) => r.benchmark))].map((b) => [
        b,
        views.ranks.get(b)?.get(entry.id) ?? null,
      ]),
    ),
  };
}

/** `/api/models/<old id>.json` of a merged model id: a redirect entry to the canonical model. */
export function modelRedirectRecord(id: string, to: ModelView, site: URL | string): ApiModelRedirect {
  return {
    ...apiMeta("api-model-redirect", site),
    id,
    redirect: to.entry.id,
    url: absoluteUrl(`/models/${to.entry.id}/`, site),
    api: absoluteUrl(`/api/models/${to.entry.id}.json`, site),
  };
}

/** How fresh the data is: today's build, the latest check of any record, and each upstream snapshot imported. */
export function catalogSnapshot(views: CatalogViews, built = new Date().toISOString().slice(0, 10)): Snapshot {
  let lastVerified: string | null = null;
  const imports = new Map<string, { name: string; commit?: string; retrieved: string }>();
  const records = [
    ...views.catalog.providers.values(),
    ...views.catalog.models.values(),
    ...views.catalog.offerings.values(),
  ];
  for (const r of records) {
    if (!lastVerified || r.data.verified > lastVerified) lastVerified = r.data.verified;
    for (const s of r.data.sources) {
      if (!s.commit) continue;
      const prev = imports.get(s.name);
      if (!prev || s.retrieved > prev.retrieved)
        imports.set(s.name, { name: s.name, commit: s.commit, retrieved: s.retrieved });
    }
  }
  // Imported records cite the dataset as their record-level source; per-price sources (e.g. "host (via models.dev)") are not snapshots.
  return { built, lastVerified, imports: [...imports.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

/** `/api/catalog.json`: every model with each offering's current prices. */
export function catalogApiRecord(views: CatalogViews, site: URL | string): ApiCatalog {
  return {
    ...apiMeta("catalog", site),
    snapshot: catalogSnapshot(views),
    models: views.models.map((m) => {
      const d = m.entry.data;
      return {
        id: m.entry.id,
        name: d.name,
        creator: d.creatorUnknown ? null : { id: m.entry.creator, name: m.creatorName },
        ...(d.kind ? { kind: d.kind } : {}),
        ...(d.family ? { family: d.family } : {}),
        status: d.status,
        ...(d.releaseDate ? { releaseDate: d.releaseDate } : {}),
        ...(d.limits ? { limits: d.limits } : {}),
        ...(d.embeddingDimensions ? { embeddingDimensions: d.embeddingDimensions } : {}),
        ...(d.modalities ? { modalities: d.modalities } : {}),
        ...(d.capabilities ? { capabilities: d.capabilities } : {}),
        url: absoluteUrl(`/models/${m.entry.id}/`, site),
        offerings: m.offerings.map((o) => ({
          id: o.entry.id,
          provider: { id: o.entry.provider, name: o.providerName },
          apiId: o.entry.data.apiId,
          status: o.entry.data.status,
          ...(o.entry.data.statusDates ? { statusDates: o.entry.data.statusDates } : {}),
          current: o.current ?? null,
          ...(o.disputed.size
            ? {
                disputed: disputedEntries(o).map((d) => ({
                  ...d,
                  prices: o.entry.data.prices.find((e) => e.from === d.from)!,
                })),
              }
            : {}),
        })),
      };
    }),
  };
}

/** Columns of `/api/catalog.csv`: one row per offering; an empty price cell is unknown, 0 is free. */
export const CSV_COLUMNS = [
  "offering_id",
  "provider_id",
  "provider_name",
  "model_id",
  "model_name",
  "api_id",
  "status",
  "input_usd_per_1m",
  "cached_input_usd_per_1m",
  "cache_write_usd_per_1m",
  "output_usd_per_1m",
  "batch_input_usd_per_1m",
  "batch_output_usd_per_1m",
  "reasoning_usd_per_1m",
  "has_context_tiers",
  "price_from",
  "source_name",
  "source_url",
  "source_retrieved",
  // Added with model kinds (columns are only ever appended): the kind, then the prices in their own units
  // (per_image_from_usd: the one price per generated image, or the lowest over sizes and qualities).
  "kind",
  "image_output_usd_per_1m",
  "per_image_from_usd",
  "per_1m_characters_usd",
  "per_audio_minute_usd",
  "per_audio_second_usd",
  "per_video_second_usd",
  "per_1k_searches_usd",
  "per_1k_documents_usd",
] as const;

/** The rows of `/api/catalog.csv`, header first. */
export function catalogCsvRows(views: CatalogViews): CsvCell[][] {
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const m of views.models) {
    for (const o of m.offerings) {
      const c = o.current;
      rows.push([
        o.entry.id,
        o.entry.provider,
        o.providerName,
        m.entry.id,
        m.entry.data.name,
        o.entry.data.apiId,
        o.entry.data.status,
        c?.input,
        c?.cacheRead,
        c?.cacheWrite,
        c?.output,
        c?.batchInput,
        c?.batchOutput,
        c?.reasoning,
        c ? String((c.tiers?.length ?? 0) > 0) : undefined,
        c?.from,
        c?.source.name,
        c?.source.url,
        c?.source.retrieved,
        m.entry.data.kind,
        c?.outputImage,
        c?.perImageOutput ?? (c?.imagePrices?.length ? Math.min(...c.imagePrices.map((p) => p.price)) : undefined),
        c?.perMillionCharacters,
        c?.perAudioMinute,
        c?.perAudioSecond,
        c?.perVideoSecond,
        c?.perThousandSearches,
        c?.perThousandDocuments,
      ]);
    }
  }
  return rows;
}
