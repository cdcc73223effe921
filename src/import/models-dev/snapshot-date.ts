/**
 * The snapshot's date: it must be a real calendar date, not after today, and not before the last
 * import (an older snapshot would date its prices before ones already committed).
 */
import type { SnapshotMeta } from "./types";

/** The import cannot run at all: nothing is written. */
export class ImportRefused extends Error {}

/** True for a real calendar date written `YYYY-MM-DD` (2025-02-31 and 2025-13-45 are not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const todayUtc = () => new Date().toISOString().slice(0, 10);

export function checkSnapshotDate(
  meta: Partial<SnapshotMeta>,
  last: SnapshotMeta | undefined,
  today = todayUtc(),
): SnapshotMeta {
  const { date, commit } = meta;
  if (!date)
    throw new ImportRefused(
      "the snapshot's date is unknown (expected a SNAPSHOT file naming it, or --date YYYY-MM-DD)",
    );
  if (!isCalendarDate(date))
    throw new ImportRefused(`the snapshot's date must be a real calendar date written YYYY-MM-DD (found ${date})`);
  if (date > today) throw new ImportRefused(`the snapshot's date ${date} is in the future (today is ${today})`);
  if (last && date < last.date)
    throw new ImportRefused(
      `the snapshot of ${date}${commit ? ` (commit ${commit.slice(0, 12)})` : ""} is older than the last import, of ${last.date}${last.commit ? ` (commit ${last.commit.slice(0, 12)})` : ""}: refusing to import it`,
    );
  return { date, commit };
}
