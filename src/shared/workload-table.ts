/**
 * The workload calculator's table body, rendered as a string by one function for both the server's
 * first view (the default workload) and the browser's recalculations, so both look identical.
 * The maths is `workloadCost` (pricing.ts).
 */
import type { PriceEntry } from "~/schemas";
import { escapeHtml, formatInteger, formatUsd } from "./format";
import { workloadCost, type Workload, type WorkloadCost } from "./pricing";

/** One row of the calculator: an offering's current prices, labelled. */
export interface CalculatorRow {
  id: string;
  label: string;
  /** A second line, e.g. the provider or the API id. */
  sub?: string;
  href?: string;
  entry: PriceEntry;
}

export type CalculatorSortKey = "label" | "perRequest" | "perMonth";
export interface CalculatorSort {
  key: CalculatorSortKey;
  dir: 1 | -1;
}

/** The workload shown before the reader changes it. */
export const DEFAULT_WORKLOAD: Workload = {
  inputTokens: 2_000,
  outputTokens: 500,
  cacheShare: 0,
  cacheWriteShare: 0,
  batchShare: 0,
  requestsPerDay: 1_000,
};

/** The workload's URL parameters (compare page), each with the field it sets; percentages as 0–100. */
export const WORKLOAD_PARAMS = [
  ["in", "inputTokens"],
  ["out", "outputTokens"],
  ["cache", "cacheShare"],
  ["cacheWrite", "cacheWriteShare"],
  ["batch", "batchShare"],
  ["perDay", "requestsPerDay"],
] as const satisfies readonly (readonly [string, keyof Workload])[];

const SHARES = new Set<keyof Workload>(["cacheShare", "cacheWriteShare", "batchShare"]);

/** A workload from URL parameters: missing, negative or non-numeric values keep the default. */
export function workloadFromParams(params: URLSearchParams, base: Workload = DEFAULT_WORKLOAD): Workload {
  const w = { ...base };
  for (const [param, field] of WORKLOAD_PARAMS) {
    const raw = params.get(param);
    const n = raw === null || raw.trim() === "" ? NaN : Number(raw);
    if (!Number.isFinite(n) || n < 0) continue;
    w[field] = SHARES.has(field) ? Math.min(100, n) / 100 : n;
  }
  return w;
}

/** The parameters of a workload that differ from the default (none for the default workload). */
export function workloadParams(w: Workload): [string, string][] {
  return WORKLOAD_PARAMS.flatMap(([param, field]) => {
    const value = w[field] ?? 0;
    if (value === (DEFAULT_WORKLOAD[field] ?? 0)) return [];
    return [[param, String(SHARES.has(field) ? Math.round(value * 1000) / 10 : value)] as [string, string]];
  });
}

export const DEFAULT_SORT: CalculatorSort = { key: "perMonth", dir: 1 };

/** The rows' costs for a workload, sorted; unknown costs last in either direction (not cheap, not dear). */
export function calculatorResults(
  rows: readonly CalculatorRow[],
  workload: Workload,
  { key, dir }: CalculatorSort = DEFAULT_SORT,
): { row: CalculatorRow; cost: WorkloadCost }[] {
  const results = rows.map((row) => ({ row, cost: workloadCost(row.entry, workload) }));
  return results.sort((a, b) => {
    if (key === "label") return dir * a.row.label.localeCompare(b.row.label);
    const x = a.cost[key];
    const y = b.cost[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return dir * (x - y);
  });
}

const money = (v: number | null) => (v === null ? "unknown" : formatUsd(v));

/** The table body's rows as HTML; the lowest known monthly cost is marked "cheapest" when two or more are known. */
export function calculatorBodyHtml(results: readonly { row: CalculatorRow; cost: WorkloadCost }[]): string {
  const known = results.map((r) => r.cost.perMonth).filter((c): c is number => c !== null);
  // "cheapest" needs something to be cheaper than: with one known cost there is no badge.
  const min = known.length > 1 ? Math.min(...known) : undefined;
  return results
    .map(({ row, cost }) => {
      const label = row.href ? `<a href="${escapeHtml(row.href)}">${escapeHtml(row.label)}</a>` : escapeHtml(row.label);
      const sub = row.sub ? `<div class="small muted phone-hide">${escapeHtml(row.sub)}</div>` : "";
      const cheapest = cost.perMonth !== null && cost.perMonth === min ? '<span class="cheapest">cheapest</span>' : "";
      const note =
        cost.perMonth === null
          ? `unknown (no ${cost.missing.join(", ")} price)`
          : cost.tier
            ? `long-context tier (over ${formatInteger(cost.tier.above)} tokens)`
            : "";
      return (
        `<tr data-id="${escapeHtml(row.id)}"><th scope="row">${label}${sub}</th>` +
        `<td class="num">${money(cost.perRequest)}</td><td class="num">${money(cost.perMonth)}${cheapest}</td>` +
        `<td class="small">${escapeHtml(note)}</td></tr>`
      );
    })
    .join("");
}
