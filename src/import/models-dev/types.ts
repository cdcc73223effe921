/** Shared types of the models.dev importer. */

/** A parsed TOML table. */
export type Table = { [key: string]: unknown };

/** Why something was reported: the report groups issues by kind. */
export type IssueKind =
  | "unparsable" // a file that is not valid TOML
  | "dangling-link" // a symbolic link whose target is missing
  | "missing-provider" // a provider folder without provider.toml
  | "missing-base" // base_model names a file that does not exist
  | "invalid-value" // a value of the wrong type or form; the field is dropped
  | "unknown-cost-key" // a cost key the importer does not know; the price is not imported
  | "skipped-cost" // a known cost key with no dimension in our schema (fast mode, per-image tokens...)
  | "unmatched-benchmark" // a benchmark name with no id in content/benchmarks
  | "unknown-field" // a top-level field the importer does not know; ignored
  | "schema" // a record that failed our zod schema; not written
  | "skipped"; // a record left out for another reason, given in `reason`

/** One thing the importer reports: where, which key, and why. */
export interface Issue {
  kind: IssueKind;
  /** Snapshot-relative path of the upstream file, or of the record we meant to write. */
  path: string;
  /** The key or dotted field path concerned, where there is one. */
  key?: string;
  reason: string;
}

/** Where imported facts came from: the snapshot's commit and date. */
export interface SnapshotMeta {
  commit?: string;
  /** `YYYY-MM-DD`: the date of the upstream commit; used as `retrieved` and `verified`. */
  date: string;
}
