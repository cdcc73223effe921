/**
 * The model browser's rows as compact JSON (`/api/model-table.json`), written at build time and
 * read by the browser: short arrays, indices into shared tables, bit masks; unknown stays null.
 */
import { CAP_KEYS, MODALITIES, type BrowseRow } from "./browse-state";
import { MODEL_KINDS, STATUSES } from "./vocabulary";

/** One row, as short as JSON allows: indices into the shared tables, bit masks, null for unknown. */
export type CompactRow = [
  slug: string,
  name: string,
  creator: number,
  providers: number[],
  input: number | null,
  output: number | null,
  context: number | null,
  maxOutput: number | null,
  inputModalities: number | null,
  outputModalities: number | null,
  capabilities: number,
  openWeights: 0 | 1 | null,
  released: string | null,
  status: number,
  /** Index into MODEL_KINDS; null is unknown. Added after the first 14 fields (v1 only gains fields). */
  kind?: number | null,
];
export interface CompactIndex {
  /** Format version. */
  v: 1;
  /** `[id, name]` of every creator. */
  creators: [string, string][];
  /** `[id, name]` of every provider with a live offering. */
  providers: [string, string][];
  rows: CompactRow[];
}

const mask = <T>(values: readonly T[] | null, all: readonly T[]) =>
  values ? values.reduce((m, v) => m | (1 << all.indexOf(v)), 0) : null;
const unmask = <T>(m: number | null, all: readonly T[]) => (m === null ? null : all.filter((_, i) => m & (1 << i)));

/** Packs rows; `providerNames` names every provider id the rows use. */
export function encodeIndex(rows: readonly BrowseRow[], providerNames: ReadonlyMap<string, string>): CompactIndex {
  const creators = new Map<string, number>();
  const creatorList: [string, string][] = [];
  const providerIds = [...new Set(rows.flatMap((r) => r.providers))].sort();
  const providerIndex = new Map(providerIds.map((id, i) => [id, i]));
  const out: CompactRow[] = rows.map((r) => {
    let c = creators.get(r.creator);
    if (c === undefined) {
      c = creatorList.push([r.creator, r.creatorName]) - 1;
      creators.set(r.creator, c);
    }
    return [
      r.id.slice(r.creator.length + 1),
      r.name,
      c,
      r.providers.map((p) => providerIndex.get(p)!),
      r.input,
      r.output,
      r.context,
      r.maxOutput,
      mask(r.modalitiesIn, MODALITIES),
      mask(r.modalitiesOut, MODALITIES),
      mask(r.caps, CAP_KEYS)!,
      r.openWeights === null ? null : r.openWeights ? 1 : 0,
      r.released,
      STATUSES.indexOf(r.status as (typeof STATUSES)[number]),
      r.kind ? MODEL_KINDS.indexOf(r.kind) : null,
    ];
  });
  return {
    v: 1,
    creators: creatorList,
    providers: providerIds.map((id) => [id, providerNames.get(id) ?? id]),
    rows: out,
  };
}

/** Unpacks what `encodeIndex` packed. */
export function decodeIndex(index: CompactIndex): BrowseRow[] {
  return index.rows.map(
    ([slug, name, c, providers, input, output, context, maxOutput, mIn, mOut, caps, open, released, status, kind]) => {
      const [creator, creatorName] = index.creators[c]!;
      return {
        id: `${creator}/${slug}`,
        name,
        creator,
        creatorName,
        providers: providers.map((p) => index.providers[p]![0]),
        input,
        output,
        context,
        maxOutput,
        modalitiesIn: unmask(mIn, MODALITIES),
        modalitiesOut: unmask(mOut, MODALITIES),
        caps: unmask(caps, CAP_KEYS)!,
        openWeights: open === null ? null : open === 1,
        released,
        status: STATUSES[status]!,
        kind: kind === null || kind === undefined ? null : (MODEL_KINDS[kind] ?? null),
      };
    },
  );
}
