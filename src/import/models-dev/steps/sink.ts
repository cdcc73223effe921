/**
 * Where the build steps put records: each is checked with the project's schema before it is
 * serialized. A record that fails is an error of the run (reported as `schema`), never silently
 * left out: the script refuses to write anything when there is one.
 */
import { type Model, type Offering, type Provider } from "~/schemas";
import { serialize } from "../records";
import type { Issue } from "../types";

type RecordSchema = typeof Provider | typeof Model | typeof Offering;

export class RecordSink {
  /** `providers/<id>.json`, `models/<creator>/<slug>.json`, `offerings/<provider>/<id>.json` -> text. */
  readonly files = new Map<string, string>();
  /** Records built only from the history (no file in the snapshot): a committed record wins over them. */
  readonly historyOnly = new Set<string>();

  constructor(private readonly issues: Issue[]) {}

  /** Checks and stores a record; returns whether it passed. */
  write(schema: RecordSchema, rel: string, record: unknown, sourcePath: string, fromHistoryOnly = false): boolean {
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, 5)) {
        this.issues.push({
          kind: "schema",
          path: sourcePath,
          key: issue.path.join("."),
          reason: `${issue.message}; record ${rel} fails its schema`,
        });
      }
      return false;
    }
    this.files.set(rel, serialize(schema, record));
    if (fromHistoryOnly) this.historyOnly.add(rel);
    return true;
  }
}
