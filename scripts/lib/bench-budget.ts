/**
 * The build's budget (issue "Search and build at the limit"), checked against `npm run bench` rows:
 * one line per goal, PASS or OVER with the measured figure. A goal whose catalog was not built this
 * run is reported as not measured, never as passed.
 */
export interface BudgetRow {
  catalog: string;
  models: number;
  wallS: number;
  peakTreeRssMb: number;
  p90ProfileGzipKb: number;
  perPageRatio: number;
}

export interface BudgetLine {
  goal: string;
  verdict: "PASS" | "OVER" | "not measured";
  measured?: string;
}

const isReal = (r: BudgetRow) => r.catalog.startsWith("real");
const synthetic = (rows: readonly BudgetRow[], models: number) => rows.find((r) => r.catalog === `synthetic ${models}`);

export function budget(rows: readonly BudgetRow[]): BudgetLine[] {
  const real = rows.find(isReal);
  const line = (
    goal: string,
    row: BudgetRow | undefined,
    value: (r: BudgetRow) => number,
    max: number,
    unit: string,
  ) =>
    row
      ? { goal, verdict: value(row) <= max ? ("PASS" as const) : ("OVER" as const), measured: `${value(row)}${unit}` }
      : { goal, verdict: "not measured" as const };
  return [
    line("real catalog builds in ≤ 30 s wall", real, (r) => r.wallS, 30, " s"),
    line("peak memory of the real build ≤ 1.5 GB", real, (r) => r.peakTreeRssMb, 1536, " MB"),
    line("profiles' 90th percentile ≤ 12 KB gzip", real, (r) => r.p90ProfileGzipKb, 12, " KB"),
    line(
      "per-page cost ≤ 3× an empty Astro page at 1,000 models",
      synthetic(rows, 1000),
      (r) => r.perPageRatio,
      3,
      "×",
    ),
    line(
      "per-page cost ≤ 3× an empty Astro page at 20,000 models",
      synthetic(rows, 20000),
      (r) => r.perPageRatio,
      3,
      "×",
    ),
  ];
}

export const formatBudget = (lines: readonly BudgetLine[]) =>
  lines.map((l) => `${l.verdict.padEnd(12)} ${l.goal}${l.measured ? `: ${l.measured}` : ""}`).join("\n");
