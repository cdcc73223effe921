/**
 * The upstream history, read from a git checkout of models.dev: the snapshot's commit and date,
 * and the dated cost events of every offering file since a given commit.
 *
 * - The history followed is the first-parent line of the checked-out branch (what the catalog
 *   looked like on each day); a merge counts as one change dated with the merge.
 * - Each added or modified `providers/<p>/models/**.toml` gives an `added` or `changed` event with
 *   the file's `[cost]` table (`null` when it has none: it inherits through `base_model`); a
 *   modification that leaves the cost as it was gives no event. A deleted file gives `removed`.
 * - Renames are read as a deletion plus an addition (`--no-renames`): a renamed key is a new
 *   offering, never a price change; a case-only rename joins the old spelling's events later
 *   (steps/case-renames.ts).
 * - A symbolic link's event carries the cost of its target at that commit.
 * - A file that does not parse at some commit gives no event (counted in `unparsable`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { posix } from "node:path";
import type { HistoryEvent, HistoryFile } from "./history";
import { parseToml } from "./snapshot";
import { ImportRefused } from "./snapshot-date";
import type { SnapshotMeta } from "./types";

const OFFERING_FILE = /^providers\/[^/]+\/models\/.+\.toml$/;

function git(dir: string, args: string[], input?: string): string {
  return execFileSync("git", ["-C", dir, "-c", "core.quotePath=false", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    input,
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** True when `dir` is the top of a git work tree. */
export function isGitCheckout(dir: string): boolean {
  if (!existsSync(dir)) return false;
  try {
    return realpathSync(git(dir, ["rev-parse", "--show-toplevel"]).trim()) === realpathSync(dir);
  } catch {
    return false;
  }
}

/** The checked-out commit and its date (the committer's own calendar day). */
export function gitMeta(dir: string): Required<SnapshotMeta> {
  const [commit, date] = git(dir, ["log", "-1", "--format=%H %cs"]).trim().split(" ");
  return { commit: commit!, date: date! };
}

export interface GitHistory extends HistoryFile {
  commits: number;
  unparsable: number;
}

/** Reads `git cat-file --batch` output: one `<sha> <type> <size>\n<bytes>\n` per request. */
function catFiles(dir: string, specs: string[]): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  if (!specs.length) return out;
  const raw = execFileSync("git", ["-C", dir, "cat-file", "--batch"], {
    input: specs.join("\n") + "\n",
    maxBuffer: 1 << 30,
  });
  let at = 0;
  for (const spec of specs) {
    const nl = raw.indexOf(10, at);
    const header = raw.subarray(at, nl).toString("utf8");
    at = nl + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
      out.set(spec, undefined);
      continue;
    }
    const size = Number(header.split(" ")[2]);
    out.set(spec, raw.subarray(at, at + size).toString("utf8"));
    at += size + 1;
  }
  return out;
}

interface Change {
  commit: string;
  date: string;
  status: string;
  path: string;
  mode: string;
  blob: string;
}

/** Dated cost events since `since` (exclusive; from the first commit when undefined). */
export function readGitHistory(dir: string, since?: string, onProgress?: (line: string) => void): GitHistory {
  const head = git(dir, ["rev-parse", "HEAD"]).trim();
  if (since) {
    try {
      git(dir, ["merge-base", "--is-ancestor", since, head]);
    } catch {
      throw new ImportRefused(
        `the last imported commit ${since} is not an ancestor of ${head} in ${dir} (fetch the full history, or import a later commit)`,
      );
    }
  }
  const range = since ? [`${since}..${head}`] : [head];
  const log = git(dir, [
    "log",
    "--first-parent",
    "--diff-merges=first-parent",
    "--reverse",
    "--raw",
    "--no-abbrev",
    "--no-renames",
    "--format=@@%H %cs",
    ...range,
    "--",
    "providers/",
  ]);
  const changes: Change[] = [];
  let commit = "";
  let date = "";
  let commits = 0;
  for (const line of log.split("\n")) {
    if (line.startsWith("@@")) {
      [commit, date] = line.slice(2).split(" ") as [string, string];
      commits++;
    } else if (line.startsWith(":")) {
      const [meta, rawPath] = line.split("\t") as [string, string];
      const path = rawPath.startsWith('"') ? (JSON.parse(rawPath) as string) : rawPath;
      if (!OFFERING_FILE.test(path)) continue;
      const [, mode, , blob, status] = meta.split(" ") as [string, string, string, string, string];
      changes.push({ commit, date, status: status[0]!, path, mode, blob });
    }
  }
  onProgress?.(`git log: ${commits} commits, ${changes.length} offering file changes`);
  // Blob texts (and, for symbolic links, the target's text at that commit).
  const texts = catFiles(dir, [...new Set(changes.filter((c) => c.status !== "D").map((c) => c.blob))]);
  const targets = new Map<Change, string>();
  for (const c of changes) {
    if (c.status === "D" || c.mode !== "120000") continue;
    const target = posix.normalize(posix.join(posix.dirname(c.path), texts.get(c.blob) ?? ""));
    targets.set(c, `${c.commit}:${target}`);
  }
  const targetTexts = catFiles(dir, [...new Set(targets.values())]);
  const costs = new Map<string, unknown>();
  let unparsable = 0;
  const costOf = (text: string | undefined, key: string): unknown => {
    if (costs.has(key)) return costs.get(key);
    const data = text === undefined ? undefined : parseToml(text, key).data;
    const cost = data ? (data.cost ?? null) : undefined;
    if (cost === undefined) unparsable++;
    costs.set(key, cost);
    return cost;
  };
  const events: Record<string, HistoryEvent[]> = {};
  const lastCost = new Map<string, string>();
  for (const c of changes) {
    const list = (events[c.path] ??= []);
    if (c.status === "D") {
      list.push({ date: c.date, commit: c.commit, event: "removed" });
      lastCost.delete(c.path);
      continue;
    }
    const spec = targets.get(c);
    const cost = spec ? costOf(targetTexts.get(spec), spec) : costOf(texts.get(c.blob), c.blob);
    if (cost === undefined) continue;
    const key = JSON.stringify(cost);
    const event = c.status === "A" || !lastCost.has(c.path) ? "added" : "changed";
    if (event === "changed" && lastCost.get(c.path) === key) continue;
    lastCost.set(c.path, key);
    list.push({ date: c.date, commit: c.commit, event, cost });
  }
  for (const [path, list] of Object.entries(events)) if (!list.length) delete events[path];
  return { events, head, source: "models.dev git history", commits, unparsable };
}
