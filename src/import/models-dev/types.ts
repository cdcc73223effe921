/** Shared types of the models.dev importer. */
import type { KindVerdict } from "~/import/kind/infer";
import type { CuratedIdentity } from "~/import/identity/resolve";
import type { Model } from "~/schemas";
import type { ModelFacts } from "./model-facts";
import type { ImportTables } from "./tables";

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
  | "kept" // an offering kept as committed because its upstream file could not be used this time
  | "refused" // a change the importer will not make (it would rewrite committed history)
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

/** What the importer needs to know of our own content. */
export interface Known {
  /** Curated models by id, with the facts offerings are compared against. */
  curatedModels: Map<string, Pick<Model, "name" | "kind" | "limits" | "modalities" | "capabilities">>;
  /** Ids of content/benchmarks/*.json. */
  benchmarks: ReadonlySet<string>;
  /** Curated identity decisions (content/curated/identity.json); none when absent. */
  identity?: CuratedIdentity;
}

/** How an offering found its model (see run.ts). */
export type GroupRule = "base" | "qualified" | "first-party" | "missing-base" | "standalone";

/** One upstream offering on its way to a record. */
export interface OfferingDraft {
  provider: string;
  fileId: string;
  path: string;
  /** The file's own fields resolved over its base; undefined for an offering known only from history. */
  resolved?: Table;
  facts?: ModelFacts;
  base?: string;
  baseMissing?: boolean;
  modelId?: string;
  rule?: GroupRule;
  creatorUnknown?: boolean;
  /** Region and serving tier the provider id encodes (identity step). */
  region?: string;
  tier?: string;
  /** The model id grouping gave, when identity resolution moved the offering to a canonical model. */
  identityFrom?: string;
}

/** What every step shares: the snapshot's date and commit, our own content, the tables, the issues. */
export interface StepContext {
  meta: SnapshotMeta;
  known: Known;
  tables: ImportTables;
  issues: Issue[];
  /** LiteLLM modes by lower-cased model key, when the command was given the file (kind evidence). */
  litellm?: ReadonlyMap<string, string>;
  /** The kind verdict of every model built, by model id (for the report and the merge). */
  kinds?: Map<string, KindVerdict>;
}
