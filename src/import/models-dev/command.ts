/**
 * One import, as `npm run import:models-dev` and `npm run refresh` run it: clean up after a killed
 * run, read the committed catalog, take the history from git (or the given file), run the import,
 * refuse schema failures and mass changes, write atomically, and render the report. Returns the
 * outcome instead of exiting, so tests drive it as the command does.
 */
import { join } from "node:path";
import { checkMassChanges } from "./guard";
import { checkIdentityChanges } from "./identity-guard";
import { readLitellmModes } from "~/import/kind/litellm";
import { gitMeta, isGitCheckout, readGitHistory } from "./git-history";
import type { HistoryFile } from "./history";
import { readKnown } from "./known";
import { diffTrees, formatReport } from "./report";
import { formatChanges, summaryLine } from "./report-changes";
import { ImportRefused, runImport, type ImportResult } from "./run";
import { isCalendarDate } from "./snapshot-date";
import { lastImportOf } from "./steps/last-import";
import type { SnapshotMeta } from "./types";
import { cleanStaging, readTree, writeTreeAtomically } from "./write";

export interface ImportArgs {
  /** The project root (holding content/). */
  root: string;
  snapshotDir: string;
  history?: HistoryFile;
  /** The LiteLLM history file (`{models: {<key>: [{entry: {mode}}]}}`): its modes are evidence of kinds. */
  litellm?: string;
  date?: string;
  commit?: string;
  acceptRemovals?: boolean;
  acceptChanges?: boolean;
  dryRun?: boolean;
  verbose?: boolean;
  /** Today (UTC), for tests. */
  today?: string;
}

export interface ImportOutcome {
  ok: boolean;
  /** Why nothing was written, when `ok` is false. */
  error?: string;
  /** The report (empty when the run was refused before it could build one). */
  report: string;
  result?: ImportResult;
  written: boolean;
}

export const targetOf = (root: string) => join(root, "content", "imported", "models-dev");

export function importModelsDev(args: ImportArgs, progress: (line: string) => void = () => {}): ImportOutcome {
  const started = performance.now();
  const target = targetOf(args.root);
  const refuse = (error: string, report = "", result?: ImportResult): ImportOutcome => ({
    ok: false,
    error: `${error}; nothing written, content/ is unchanged`,
    report,
    result,
    written: false,
  });
  if (args.date !== undefined && !isCalendarDate(args.date))
    return refuse(`--date must be a real calendar date written YYYY-MM-DD (found ${args.date})`);

  for (const line of cleanStaging(target)) progress(`left by an earlier run: ${line}`);
  progress("reading the committed catalog");
  const committed = readTree(target);
  const last = lastImportOf(committed);
  progress(
    `committed: ${committed.size} files${last ? `, last import of ${last.date}${last.commit ? ` (${last.commit.slice(0, 12)})` : ""}` : " (first import)"}`,
  );

  let history = args.history;
  const meta: Partial<SnapshotMeta> = { date: args.date, commit: args.commit };
  try {
    if (!history && isGitCheckout(args.snapshotDir)) {
      const head = gitMeta(args.snapshotDir);
      meta.date ??= head.date;
      meta.commit ??= head.commit;
      progress(
        `git checkout at ${head.commit.slice(0, 12)} of ${head.date}; reading its history${last?.commit ? ` since ${last.commit.slice(0, 12)}` : ""}`,
      );
      const since = last?.commit && last.commit !== head.commit ? last.commit : undefined;
      const git = last?.commit === head.commit ? { events: {} } : readGitHistory(args.snapshotDir, since, progress);
      if ("commits" in git)
        progress(
          `history: ${Object.keys(git.events).length} files with events, ${git.unparsable} unparsable versions skipped`,
        );
      history = git;
    }
    progress("importing the snapshot");
    const known = readKnown(args.root);
    const litellm = args.litellm ? readLitellmModes(args.litellm) : undefined;
    if (litellm) progress(`LiteLLM modes of ${litellm.size} models read from ${args.litellm}`);
    const result = runImport({
      snapshotDir: args.snapshotDir,
      history,
      known,
      committed,
      meta,
      today: args.today,
      litellm,
    });
    progress(
      `built ${result.stats.offerings} offerings, ${result.stats.models} models, ${result.stats.providers} providers`,
    );
    const diff = diffTrees(committed, result.files);
    const render = (outcome: string) =>
      [
        formatReport(result, diff, { verbose: args.verbose, seconds: (performance.now() - started) / 1000 }),
        "",
        ...formatChanges(result),
        "",
        summaryLine(result, outcome),
      ].join("\n");
    const schemaErrors = result.issues.filter((i) => i.kind === "schema").length;
    if (schemaErrors)
      return refuse(`${schemaErrors} records fail their schema`, render("refused: records fail their schema"), result);
    const removed = diff.removed.filter((rel) => !result.merged.renamed.has(rel));
    if (removed.length)
      return refuse(
        `the import would delete ${removed.length} committed files (a bug): ${removed.slice(0, 3).join(", ")}`,
        render("refused"),
        result,
      );
    const identity = checkIdentityChanges(committed, result.files, new Set(known.curatedModels.keys()));
    if (identity.length)
      return refuse(
        `the import would change ${identity.length} committed records in a way it may not (a bug): ${identity.slice(0, 3).join("; ")}`,
        [render("refused"), ...identity.map((r) => `refused: ${r}`)].join("\n"),
        result,
      );
    const guard = checkMassChanges(result.merged, { removals: args.acceptRemovals, changes: args.acceptChanges });
    if (guard.reasons.length) {
      const report = [render("stopped by the mass-change guard"), ...guard.reasons.map((r) => `stopped: ${r}`)].join(
        "\n",
      );
      return refuse(`stopped by the mass-change guard: ${guard.reasons[0]}`, report, result);
    }
    const changed = diff.added.length + diff.changed.length;
    if (!args.dryRun && changed) {
      progress(`writing ${result.files.size} files (${diff.added.length} added, ${diff.changed.length} changed)`);
      writeTreeAtomically(target, result.files);
    }
    const outcome = args.dryRun ? "dry run: nothing written" : changed ? "written" : "nothing to change";
    return { ok: true, report: render(outcome), result, written: !args.dryRun && changed > 0 };
  } catch (error) {
    if (error instanceof ImportRefused) return refuse(error.message);
    const e = error as Error;
    return refuse(`the import failed: ${e.message}`);
  } finally {
    cleanStaging(target);
  }
}
