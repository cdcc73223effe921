/**
 * The import report: what was added, changed, unchanged, retired and removed, per provider and in
 * total, how offerings were grouped, and every issue with its reason.
 */
import { formatIdentityReport } from "~/import/identity/report";
import { countKinds, formatKindCounts } from "~/import/kind/report";
import type { Model } from "~/schemas";
import type { ImportResult } from "./run";
import type { Issue, IssueKind } from "./types";

export interface Diff {
  added: string[];
  changed: string[];
  unchanged: string[];
  /** Files that were there before and are not written any more. */
  removed: string[];
}

/** Compares the files before and after an import (relative path -> text). */
export function diffTrees(before: Map<string, string>, after: Map<string, string>): Diff {
  const diff: Diff = { added: [], changed: [], unchanged: [], removed: [] };
  for (const [rel, text] of [...after].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const old = before.get(rel);
    if (old === undefined) diff.added.push(rel);
    else if (old === text) diff.unchanged.push(rel);
    else diff.changed.push(rel);
  }
  for (const rel of [...before.keys()].sort()) if (!after.has(rel)) diff.removed.push(rel);
  return diff;
}

/** Issues that cost a whole file or record (listed one by one). */
const RECORD_KINDS: IssueKind[] = [
  "unparsable",
  "dangling-link",
  "missing-provider",
  "missing-base",
  "kept",
  "refused",
  "schema",
  "skipped",
];
/** Issues about single fields (summarized by key, with a few example files). */
const FIELD_KINDS: IssueKind[] = [
  "unknown-cost-key",
  "skipped-cost",
  "invalid-value",
  "unmatched-benchmark",
  "unknown-field",
];

/** The kind of every model after the import (redirect records left out). */
function kindsOf(files: ReadonlyMap<string, string>) {
  const out: { id: string; kind?: Model["kind"] }[] = [];
  for (const [rel, text] of files) {
    if (!rel.startsWith("models/")) continue;
    const m = JSON.parse(text) as Model;
    if (!m.mergedInto) out.push({ id: rel.slice("models/".length, -".json".length), kind: m.kind });
  }
  return out;
}

const kindOfPath = (rel: string) => rel.split("/")[0] as "providers" | "models" | "offerings";

function count(list: string[], kind: string): number {
  return list.filter((rel) => kindOfPath(rel) === kind).length;
}

/** Renders the report as plain text lines. */
export function formatReport(
  result: ImportResult,
  diff: Diff,
  opts: { verbose?: boolean; seconds?: number } = {},
): string {
  const { stats, issues, meta } = result;
  const lines: string[] = [];

  lines.push(`models.dev snapshot ${meta.commit ?? "(commit unknown)"} of ${meta.date}`);
  lines.push("");
  lines.push("records          added  changed  unchanged  removed");
  for (const kind of ["providers", "models", "offerings"]) {
    const row = [
      count(diff.added, kind),
      count(diff.changed, kind),
      count(diff.unchanged, kind),
      count(diff.removed, kind),
    ];
    lines.push(`${kind.padEnd(15)} ${row.map((n, i) => String(n).padStart([6, 8, 10, 8][i]!)).join(" ")}`);
  }
  lines.push("");
  lines.push(
    `${stats.providers} providers, ${stats.models} models, ${stats.offerings} offerings (${stats.retired} retired)`,
  );
  const grouped =
    stats.byRule.base + stats.byRule.qualified + stats.byRule["first-party"] + stats.byRule["missing-base"];
  lines.push(
    `grouping: ${grouped} offerings grouped onto existing models (base_model ${stats.byRule.base}, creator-qualified id ${stats.byRule.qualified}, ` +
      `first-party id ${stats.byRule["first-party"]}, missing base_model but model known ${stats.byRule["missing-base"]}); ${stats.byRule.standalone} stand alone`,
  );
  const a = stats.activeByRule;
  lines.push(
    `  of the ${stats.offerings - stats.retired} offerings in the snapshot: ${a.base + a.qualified + a["first-party"] + a["missing-base"]} grouped, ${a.standalone} stand alone`,
  );
  lines.push(...formatIdentityReport(result.identity, opts.verbose));
  lines.push(...formatKindCounts(countKinds(kindsOf(result.files)), opts.verbose ? Infinity : 40));
  if (stats.caseRenames)
    lines.push(
      `history: ${stats.caseRenames} files renamed by case only upstream were merged into the current spelling`,
    );

  lines.push("");
  lines.push("per provider     offerings  retired  added  changed  unchanged  removed");
  const providers = new Set([
    ...stats.perProvider.keys(),
    ...[...diff.removed, ...diff.added].filter((r) => r.startsWith("offerings/")).map((r) => r.split("/")[1]!),
  ]);
  for (const p of [...providers].sort()) {
    const of = (list: string[]) => list.filter((r) => r.startsWith(`offerings/${p}/`)).length;
    const per = stats.perProvider.get(p) ?? { offerings: 0, retired: 0 };
    const row = [per.offerings, per.retired, of(diff.added), of(diff.changed), of(diff.unchanged), of(diff.removed)];
    lines.push(`${p.padEnd(16)} ${row.map((n, i) => String(n).padStart([9, 8, 6, 8, 10, 8][i]!)).join(" ")}`);
  }

  const byKind = new Map<IssueKind, Issue[]>();
  for (const issue of issues) byKind.set(issue.kind, [...(byKind.get(issue.kind) ?? []), issue]);
  lines.push("");
  lines.push(`issues: ${issues.length}`);
  for (const kind of RECORD_KINDS) {
    const list = byKind.get(kind);
    if (!list?.length) continue;
    lines.push(`  ${kind}: ${list.length}`);
    for (const i of list) lines.push(`    ${i.path}${i.key ? ` [${i.key}]` : ""}: ${i.reason}`);
  }
  for (const kind of FIELD_KINDS) {
    const list = byKind.get(kind);
    if (!list?.length) continue;
    lines.push(`  ${kind}: ${list.length}`);
    if (opts.verbose) {
      for (const i of list) lines.push(`    ${i.path}${i.key ? ` [${i.key}]` : ""}: ${i.reason}`);
      continue;
    }
    const groups = new Map<string, Issue[]>();
    for (const i of list) {
      const key = `${(i.key ?? "").replace(/\.\d+(\.|$)/g, ".N$1")}\u0000${i.reason.replace(/ \(in the history, first on .*\)$/, " (in the history)").replace(/found .*?; (left out|not imported)/, "found ...; $1")}`;
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    for (const [key, group] of [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
      const [field, reason] = key.split("\u0000");
      const examples = group
        .slice(0, 2)
        .map((i) => i.path)
        .join(", ");
      lines.push(
        `    ${group.length} x ${field ? `[${field}] ` : ""}${reason} (e.g. ${examples}${group.length > 2 ? ", ..." : ""})`,
      );
    }
  }
  if (opts.seconds !== undefined) {
    lines.push("");
    lines.push(`done in ${opts.seconds.toFixed(1)} s`);
  }
  return lines.join("\n");
}
