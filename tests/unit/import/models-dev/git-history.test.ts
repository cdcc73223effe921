/**
 * Reading the upstream history from git, on a tiny repository made for the test: three commits
 * give added, changed and removed events; a cost key renamed is no price change; a renamed file
 * is a removal plus an addition; `since` reads only the later commits.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitMeta, isGitCheckout, readGitHistory } from "~/import/models-dev/git-history";
import { buildHistory } from "~/import/models-dev/history";
import type { Issue } from "~/import/models-dev/types";

const A = "providers/p/models/a.toml";
const B = "providers/p/models/b.toml";
const B2 = "providers/p/models/b-2.toml";
let dir: string;
const shas: string[] = [];

function git(...args: string[]) {
  return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8" }).trim();
}
function commit(date: string, files: Record<string, string | null>) {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) git("rm", "--quiet", path);
    else {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
      git("add", path);
    }
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
  execFileSync("git", ["-C", dir, "commit", "--quiet", "-m", `update ${date}`], { env });
  shas.push(git("rev-parse", "HEAD"));
}
const toml = (name: string, cost: string) => `name = "${name}"\n\n[cost]\n${cost}\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-git-history-"));
  git("init", "--quiet", "-b", "dev");
  git("config", "user.name", "Test");
  git("config", "user.email", "test@example.invalid");
  commit("2025-01-10", {
    "providers/p/provider.toml": 'name = "P"\n',
    [A]: toml("A", "input = 1\noutput = 2"),
    [B]: toml("B", "input = 5\noutput = 10"),
  });
  commit("2025-02-10", {
    [A]: toml("A", "input = 1.5\noutput = 2\ninputCached = 0.5"),
    [B]: toml("B renamed in its name field only", "input = 5\noutput = 10"),
  });
  // The cost key `inputCached` becomes `cache_read` (same price); b.toml is renamed to b-2.toml.
  commit("2025-03-10", { [A]: toml("A", "input = 1.5\noutput = 2\ncache_read = 0.5"), [B]: null });
  commit("2025-03-10", { [B2]: toml("B", "input = 5\noutput = 10") });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readGitHistory", () => {
  it("knows a checkout and reads its commit and committer day", () => {
    expect(isGitCheckout(dir)).toBe(true);
    expect(isGitCheckout(join(dir, "providers"))).toBe(false);
    expect(isGitCheckout(join(dir, "nowhere"))).toBe(false);
    expect(gitMeta(dir)).toEqual({ commit: shas[3], date: "2025-03-10" });
  });

  it("gives added, changed and removed events per offering file, dated by commit", () => {
    const history = readGitHistory(dir);
    expect(history.head).toBe(shas[3]);
    expect(history.commits).toBe(4);
    expect(Object.keys(history.events).sort()).toEqual([A, B2, B]);
    expect(history.events[A]).toEqual([
      { date: "2025-01-10", commit: shas[0], event: "added", cost: { input: 1, output: 2 } },
      { date: "2025-02-10", commit: shas[1], event: "changed", cost: { input: 1.5, output: 2, inputCached: 0.5 } },
      { date: "2025-03-10", commit: shas[2], event: "changed", cost: { input: 1.5, output: 2, cache_read: 0.5 } },
    ]);
    // b.toml's name changed in 2025-02 but its cost did not: no event then.
    expect(history.events[B]).toEqual([
      { date: "2025-01-10", commit: shas[0], event: "added", cost: { input: 5, output: 10 } },
      { date: "2025-03-10", commit: shas[2], event: "removed" },
    ]);
    // A renamed file is a new offering, never a price change of the old one.
    expect(history.events[B2]).toEqual([
      { date: "2025-03-10", commit: shas[3], event: "added", cost: { input: 5, output: 10 } },
    ]);
  });

  it("turns the renamed cost key into no new price entry", () => {
    const issues: Issue[] = [];
    const { prices } = buildHistory({
      path: A,
      events: readGitHistory(dir).events[A],
      current: { input: 1.5, output: 2, cacheRead: 0.5 } as never,
      meta: { date: "2025-03-10", commit: shas[3] },
      issues,
    });
    expect(prices.map(({ source: _, ...p }) => p)).toEqual([
      { from: "2025-01-10", input: 1, output: 2 },
      { from: "2025-02-10", input: 1.5, output: 2, cacheRead: 0.5 },
    ]);
  });

  it("reads only the commits after `since`, and refuses a `since` that is not an ancestor", () => {
    const later = readGitHistory(dir, shas[1]);
    expect(later.commits).toBe(2);
    expect(later.events[A]!.map((e) => [e.date, e.event])).toEqual([["2025-03-10", "added"]]);
    expect(later.events[B]).toEqual([{ date: "2025-03-10", commit: shas[2], event: "removed" }]);
    expect(() => readGitHistory(dir, "0".repeat(40))).toThrow(/is not an ancestor of/);
  });
});
