/**
 * Step: join history kept under another spelling of the same path. Upstream sometimes renamed a
 * file by case only (`MiniMax-M2.toml` -> `minimax-m2.toml`). That is one offering, not a retired
 * one plus a new one (and two such files would collide on case-insensitive file systems), so the
 * old spelling's events join the history of the spelling that names the offering: the snapshot's,
 * or else the one changed most recently.
 */
import type { HistoryEvent } from "../history";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface JoinedHistory {
  /** Events per path that names an offering, older spellings' events first. */
  eventsOf: Map<string, HistoryEvent[]>;
  /** Paths known only from the history (not in the snapshot), sorted. */
  historyOnly: string[];
  /** How many spellings were joined into another. */
  caseRenames: number;
}

export function joinCaseRenames(
  inSnapshot: ReadonlySet<string>,
  allHistory: Readonly<Record<string, HistoryEvent[]>>,
): JoinedHistory {
  const canonical = new Map<string, string>(); // lower-cased path -> the path that names the offering
  for (const path of inSnapshot) canonical.set(path.toLowerCase(), path);
  const lastDate = (path: string) => (allHistory[path] ?? []).reduce((max, e) => (e.date > max ? e.date : max), "");
  const byRecency = Object.keys(allHistory)
    .filter((p) => !inSnapshot.has(p))
    .sort((a, b) => cmp(lastDate(b), lastDate(a)) || cmp(a, b));
  for (const path of byRecency) if (!canonical.has(path.toLowerCase())) canonical.set(path.toLowerCase(), path);
  const eventsOf = new Map<string, HistoryEvent[]>();
  let caseRenames = 0;
  const paths = Object.keys(allHistory).sort(cmp);
  for (const path of paths) {
    const target = canonical.get(path.toLowerCase())!;
    if (target === path) continue;
    caseRenames++;
    eventsOf.set(target, [...allHistory[path]!, ...(eventsOf.get(target) ?? [])]);
  }
  for (const path of paths) {
    const target = canonical.get(path.toLowerCase())!;
    if (target === path) eventsOf.set(target, [...(eventsOf.get(target) ?? []), ...allHistory[path]!]);
  }
  const historyOnly = [...new Set(canonical.values())].filter((p) => !inSnapshot.has(p)).sort(cmp);
  return { eventsOf, historyOnly, caseRenames };
}
