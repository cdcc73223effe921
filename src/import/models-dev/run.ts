/**
 * The models.dev import, as a pure function from (the committed catalog, a snapshot, the upstream
 * history since the last import, the ids of our curated records) to the files that should be under
 * `content/imported/models-dev/` and a list of issues. Nothing here touches `content/`:
 * `scripts/import-models-dev.ts` checks the result and writes it.
 *
 * The steps, in order (each in its own module under steps/):
 * 1. read the snapshot (snapshot.ts) and settle its date: a real date, not older than the last import;
 * 2. read the provider-neutral model files (steps/model-files.ts);
 * 3. resolve each offering over its `base_model` and collect one draft per offering, from the
 *    snapshot and from the history (steps/drafts.ts, inherit.ts, steps/case-renames.ts);
 * 4. group offerings onto models (steps/group.ts), then resolve canonical identity: one model per
 *    underlying model, the ids left behind become redirects (steps/identity.ts, src/import/identity/);
 * 5. build model, provider and offering records, each checked with its schema (steps/build-*.ts),
 *    offerings with their price histories (steps/build-histories.ts, history.ts);
 * 6. merge into the committed catalog, which only ever gains (steps/merge-committed.ts).
 */
import type { HistoryFile } from "./history";
import { readSnapshot } from "./snapshot";
import { checkSnapshotDate, ImportRefused } from "./snapshot-date";
import { buildModels } from "./steps/build-models";
import { buildOfferings } from "./steps/build-offerings";
import { buildProviders } from "./steps/build-providers";
import { collectDrafts } from "./steps/drafts";
import { groupOfferings } from "./steps/group";
import { renameAlikeModels, resolveModels, type IdentityOutcome } from "./steps/identity";
import { keptByIssues } from "./steps/keep";
import { lastImportOf } from "./steps/last-import";
import { mergeCommitted, type Merged } from "./steps/merge-committed";
import { collectModelFiles } from "./steps/model-files";
import { RecordSink } from "./steps/sink";
import { statsOf, type ImportStats } from "./stats";
import { withTables, type ImportTables } from "./tables";
import type { Issue, Known, SnapshotMeta, StepContext } from "./types";

export type { GroupRule, Known } from "./types";
export type { ImportStats } from "./stats";
export { ImportRefused };

export interface ImportResult {
  meta: SnapshotMeta;
  /** The last import, read from the committed catalog (undefined when it was empty). */
  last?: SnapshotMeta;
  /** `providers/<id>.json`, `models/<creator>/<slug>.json`, `offerings/<provider>/<id>.json` -> text. */
  files: Map<string, string>;
  issues: Issue[];
  stats: ImportStats;
  /** What the merge added, changed and retired, for the report and the mass-change guard. */
  merged: Merged;
  /** Identity resolution: canonical models, redirects, offerings per rule, cases left apart. */
  identity: IdentityOutcome;
}

export interface ImportOptions {
  snapshotDir: string;
  /** Upstream events since the last import (or all of them), by upstream path. */
  history?: HistoryFile;
  known: Known;
  /** The committed catalog, relative path -> text; empty or absent for a first import. */
  committed?: ReadonlyMap<string, string>;
  /** The snapshot's date and commit when the snapshot does not say (or to override it). */
  meta?: Partial<SnapshotMeta>;
  /** Extra entries for the tables in tables.ts (merged over the defaults). */
  tables?: Partial<ImportTables>;
  /** Today, `YYYY-MM-DD` (UTC): a snapshot may not be dated after it. */
  today?: string;
  /** LiteLLM modes by model key (src/import/kind/litellm.ts): evidence of a model's kind. */
  litellm?: ReadonlyMap<string, string>;
}

const NO_DECISIONS = { aliases: [], notSame: [] };

/** Runs the import in memory. Throws ImportRefused when the snapshot cannot be imported at all. */
export function runImport(opts: ImportOptions): ImportResult {
  const committed = opts.committed ?? new Map<string, string>();
  const snap = readSnapshot(opts.snapshotDir);
  const last = lastImportOf(committed);
  const meta = checkSnapshotDate(
    { date: opts.meta?.date ?? snap.meta?.date, commit: opts.meta?.commit ?? snap.meta?.commit },
    last,
    opts.today,
  );
  if (!snap.offerings.length)
    throw new ImportRefused(
      `${opts.snapshotDir} holds no offering files (providers/<p>/models/*.toml): nothing to import`,
    );
  const ctx: StepContext = {
    meta,
    known: opts.known,
    tables: withTables(opts.tables),
    issues: [...snap.issues],
    litellm: opts.litellm,
    kinds: new Map(),
  };

  const index = collectModelFiles(snap, ctx);
  const { drafts, eventsOf, caseRenames } = collectDrafts(snap, index, opts.history?.events ?? {}, ctx);
  const derived = groupOfferings(drafts, index, ctx);
  const identity = resolveModels(drafts, index, derived, ctx.known.identity ?? NO_DECISIONS, ctx, committed);

  const sink = new RecordSink(ctx.issues);
  const models = buildModels(index, derived, sink, ctx);
  buildProviders(snap, models.keys(), drafts, sink, ctx);
  const written = buildOfferings(drafts, models, eventsOf, snap, index, sink, ctx);

  const merged = mergeCommitted(committed, sink, keptByIssues(ctx.issues), ctx, identity.redirects);
  identity.renamed = renameAlikeModels(merged.files, ctx.known.curatedModels);
  const stats = statsOf(merged, written, caseRenames);
  return { meta, last, files: merged.files, issues: ctx.issues, stats, merged, identity };
}
