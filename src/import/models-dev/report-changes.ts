/**
 * The part of the report a reviewer reads first: every price change (old -> new, percent) per
 * provider, every retirement, every refusal, and one summary line.
 */
import { ENTRY_PRICE_KEYS, type PriceEntry } from "~/schemas";
import type { ImportResult } from "./run";
import type { IssueKind } from "./types";

/** Issues that keep something from being imported or changed. */
export const REFUSAL_KINDS: IssueKind[] = [
  "unparsable",
  "dangling-link",
  "missing-provider",
  "missing-base",
  "kept",
  "refused",
  "schema",
];

const money = (n: number | undefined) => (n === undefined ? "unknown" : `$${n}`);

/** `input $2 -> $2.5 (+25.0%)` for every priced key that differs; tiers compared whole. */
export function describePriceChange(before: PriceEntry, after: PriceEntry): string {
  const parts: string[] = [];
  for (const key of ENTRY_PRICE_KEYS) {
    const [a, b] = [before[key], after[key]];
    if (a === b) continue;
    const change =
      a !== undefined && b !== undefined && a > 0 ? ` (${b >= a ? "+" : ""}${(((b - a) / a) * 100).toFixed(1)}%)` : "";
    parts.push(`${key} ${money(a)} -> ${money(b)}${change}`);
  }
  if (JSON.stringify(before.tiers ?? []) !== JSON.stringify(after.tiers ?? []))
    parts.push("long-context tiers changed");
  return parts.join(", ") || "prices changed";
}

export function formatChanges(result: ImportResult): string[] {
  const { merged, issues } = result;
  const lines: string[] = [];
  const byProvider = new Map<string, string[]>();
  for (const c of merged.priceChanges) {
    const id = c.rel.slice("offerings/".length, -".json".length);
    const line = `    ${id} (from ${c.after.from}): ${describePriceChange(c.before, c.after)}`;
    byProvider.set(c.provider, [...(byProvider.get(c.provider) ?? []), line]);
  }
  lines.push(`price changes: ${merged.priceChanges.length}`);
  for (const [provider, list] of [...byProvider].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`  ${provider}: ${list.length}`, ...list);
  }
  lines.push(`retirements: ${merged.retirements.length}`);
  for (const r of merged.retirements) lines.push(`  ${r.rel.slice("offerings/".length, -".json".length)} on ${r.date}`);
  const refusals = issues.filter((i) => REFUSAL_KINDS.includes(i.kind));
  lines.push(`refusals and kept records: ${refusals.length}`);
  for (const i of refusals) lines.push(`  ${i.kind} ${i.path}${i.key ? ` [${i.key}]` : ""}: ${i.reason}`);
  return lines;
}

/** One line: what the run did (or would do). */
export function summaryLine(result: ImportResult, outcome: string): string {
  const { merged, stats, meta } = result;
  const refusals = result.issues.filter((i) => REFUSAL_KINDS.includes(i.kind)).length;
  return (
    `summary: models.dev ${meta.date}${meta.commit ? ` (${meta.commit.slice(0, 12)})` : ""}: ` +
    `${merged.added.length} offerings added, ${merged.priceChanges.length} price changes, ${merged.retirements.length} retired, ` +
    `${refusals} refusals; ${stats.offerings} offerings (${stats.retired} retired), ${stats.models} models, ${stats.providers} providers; ${outcome}`
  );
}
