/**
 * The last import, read from the committed catalog itself: the latest `verified` date of an
 * imported provider record (every import re-verifies the providers in its snapshot), and the
 * upstream commit its source names.
 */
import type { SnapshotMeta } from "../types";

export function lastImportOf(committed: ReadonlyMap<string, string>): SnapshotMeta | undefined {
  let last: SnapshotMeta | undefined;
  for (const [rel, text] of committed) {
    if (!rel.startsWith("providers/")) continue;
    let record: { verified?: string; sources?: { retrieved?: string; commit?: string; name?: string }[] };
    try {
      record = JSON.parse(text) as typeof record;
    } catch {
      continue;
    }
    const date = record.verified;
    if (typeof date !== "string" || (last && date <= last.date)) continue;
    const source = record.sources?.find((s) => s.name === "models.dev" && s.retrieved === date);
    last = { date, commit: source?.commit };
  }
  return last;
}
