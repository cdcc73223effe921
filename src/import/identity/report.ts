/**
 * The resolution report: offerings per rule, groups formed, names told apart and the candidates
 * left apart with the reason, so a maintainer can decide them in content/curated/identity.json.
 */
import type { Resolution } from "./resolve";

export interface IdentitySummary {
  candidates: number;
  resolution: Resolution;
  offeringsByRule: ReadonlyMap<string, number>;
  /** Model ids whose display name got their id added to tell them apart. */
  renamed: readonly string[];
}

const RULES: [string, string][] = [
  ["curated", "curated decision"],
  ["base", "models.dev base_model"],
  ["own", "already on their canonical model"],
  ["same-id", "maker from the record, same identity key"],
  ["provider-id", "maker from provider id conventions"],
  ["name", "maker from the display name"],
  ["family", "maker from a family name, joining that maker's model"],
  ["key-only-maker", "maker unknown, the one maker with that key"],
  ["apart", "left apart"],
  ["kept", "kept on their committed model (no recorded move)"],
];

export function formatIdentityReport(s: IdentitySummary, verbose = false): string[] {
  const { resolution: r } = s;
  const lines = [
    `identity: ${s.candidates} candidate models -> ${s.candidates - r.canonical.size + r.created.size} canonical; ` +
      `${r.canonical.size} ids redirect to a canonical model (${r.groups.length} groups, ${r.created.size} new canonical ids under their maker); ` +
      `${r.apart.length} left apart; ${s.renamed.length} names told apart by their id`,
    `  offerings per rule: ${RULES.filter(([k]) => s.offeringsByRule.get(k))
      .map(([k, label]) => `${label} ${s.offeringsByRule.get(k)}`)
      .join(", ")}`,
  ];
  const big = [...r.groups].sort((a, b) => b.members.length - a.members.length || (a.canonical < b.canonical ? -1 : 1));
  lines.push(`  groups (largest first${verbose ? "" : ", 10 shown; --verbose for all"}):`);
  for (const g of verbose ? big : big.slice(0, 10))
    lines.push(`    ${g.canonical} <- ${g.members.length}: ${g.members.join(", ")}`);
  const reasons = new Map<string, number>();
  for (const a of r.apart) {
    const kind = a.reason
      .replace(/\(.*\)/g, "")
      .replace(/\d+/g, "N")
      .replace(/ into \S+:/, ":");
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  lines.push(`  left apart, by reason:`);
  for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) lines.push(`    ${n} x ${why}`);
  if (verbose) for (const a of r.apart) lines.push(`    ${a.id}: ${a.reason}`);
  return lines;
}
