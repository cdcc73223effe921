/**
 * The LiteLLM import, as a pure function from (the price file's condensed history, the catalog's
 * offering ids, the committed records) to the files under `content/imported/litellm/` and a report.
 *
 * One `prices/<provider>/<key>.json` (schema SourcePrices) per key that names an offering of the
 * catalog, conservatively: the provider must be in map.ts and `<provider>/<key>` an existing
 * offering; anything else is reported with the reason, never guessed. A record's history is dated
 * by the version of the file that first listed each price. The committed records are the state:
 * their entries stay as they are, newer entries are added after them, and a record whose key left
 * the file is kept (with `removed`).
 */
import { SourcePrices, type PriceEntry, type Source } from "~/schemas";
import { samePrices } from "~/schemas";
import { serialize } from "~/import/models-dev/records";
import { mapEntry, PROVIDERS, TOKEN_MODES } from "./map";

export interface LitellmVersion {
  date: string;
  commit: string;
}
export interface LitellmHistory {
  source: string;
  license: string;
  file: string;
  versions: LitellmVersion[];
  models: Record<string, (LitellmVersion & { entry: Record<string, unknown> | null })[]>;
}

export interface LitellmImport {
  files: Map<string, string>;
  /** Keys not imported, by reason. */
  skipped: Map<string, string[]>;
  /** Cost fields with no dimension in the catalog, and how many entries had them. */
  unmapped: Map<string, number>;
  /** Record-level problems (schema failures, a committed history the file contradicts). */
  errors: string[];
  imported: number;
}

export const SOURCE_NAME = "LiteLLM price file";
const fileUrl = (h: LitellmHistory, commit: string) =>
  `https://github.com/Wei-Shaw/model-price-repo/blob/${commit}/${h.file}`;

function historyOf(h: LitellmHistory, key: string, unmapped: Map<string, number>) {
  const prices: PriceEntry[] = [];
  let removed: string | undefined;
  for (const v of h.models[key]!) {
    if (!v.entry) {
      if (prices.length) removed ??= v.date;
      continue;
    }
    removed = undefined;
    const mapped = mapEntry(v.entry);
    for (const f of mapped.unmapped) unmapped.set(f, (unmapped.get(f) ?? 0) + 1);
    if (!Object.keys(mapped.prices).length) continue;
    const source: Source = { name: SOURCE_NAME, url: fileUrl(h, v.commit), retrieved: v.date, commit: v.commit };
    const entry: PriceEntry = { from: v.date, ...mapped.prices, source };
    const last = prices.at(-1);
    if (last && samePrices(last, entry)) continue;
    if (last?.from === entry.from) prices.pop();
    prices.push(entry);
  }
  return { prices, removed };
}

/** Keeps the committed entries as they are and adds the computed ones dated after them. */
function appendAfter(committed: PriceEntry[], computed: PriceEntry[]): PriceEntry[] {
  const lastDate = committed.at(-1)?.from ?? "";
  const out = [...committed];
  for (const e of computed.filter((c) => c.from > lastDate))
    if (!out.length || !samePrices(out.at(-1)!, e)) out.push(e);
  return out;
}

export function runLitellmImport(
  h: LitellmHistory,
  offeringIds: ReadonlySet<string>,
  committed: ReadonlyMap<string, string> = new Map(),
): LitellmImport {
  const out: LitellmImport = {
    files: new Map(committed),
    skipped: new Map(),
    unmapped: new Map(),
    errors: [],
    imported: 0,
  };
  const skip = (reason: string, key: string) => out.skipped.set(reason, [...(out.skipped.get(reason) ?? []), key]);
  const newest = h.versions.at(-1)!;
  for (const key of Object.keys(h.models).sort()) {
    const latest = [...h.models[key]!].reverse().find((v) => v.entry)?.entry;
    if (!latest) {
      skip("never listed with an entry", key);
      continue;
    }
    const lp = String(latest.litellm_provider);
    const provider = PROVIDERS[lp];
    if (!provider) {
      skip(`provider "${lp}" is not mapped (map.ts)`, key);
      continue;
    }
    if (!TOKEN_MODES.has(String(latest.mode))) {
      skip(`mode "${String(latest.mode)}" prices other units than tokens`, key);
      continue;
    }
    const offering = `${provider}/${key}`;
    if (!offeringIds.has(offering)) {
      skip(`no offering ${provider}/<key> in the catalog`, key);
      continue;
    }
    const rel = `prices/${offering}.json`;
    const computed = historyOf(h, key, out.unmapped);
    if (!computed.prices.length) {
      skip("no token price in any version", key);
      continue;
    }
    const before = committed.get(rel);
    const kept: PriceEntry[] = before ? (JSON.parse(before) as SourcePrices).prices : [];
    const record = {
      offering,
      key,
      prices: appendAfter(kept, computed.prices),
      removed: computed.removed,
      sources: [{ name: SOURCE_NAME, url: fileUrl(h, newest.commit), retrieved: newest.date, commit: newest.commit }],
      verified: newest.date,
    };
    const parsed = SourcePrices.safeParse(record);
    if (!parsed.success) {
      out.errors.push(`${rel}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      continue;
    }
    out.files.set(rel, serialize(SourcePrices, record));
    out.imported++;
  }
  return out;
}

/** The report: what was imported, and every key left out with its reason. */
export function litellmReport(r: LitellmImport): string {
  const lines = [`imported: ${r.imported} keys`];
  for (const [reason, keys] of [...r.skipped].sort((a, b) => b[1].length - a[1].length))
    lines.push(`skipped ${keys.length}: ${reason} (${keys.slice(0, 6).join(", ")}${keys.length > 6 ? ", ..." : ""})`);
  const fields = [...r.unmapped].sort((a, b) => b[1] - a[1]);
  if (fields.length)
    lines.push(`cost fields with no price dimension here: ${fields.map(([f, n]) => `${f} (${n})`).join(", ")}`);
  for (const e of r.errors) lines.push(`error: ${e}`);
  return lines.join("\n");
}
