/**
 * The /find/ answer as HTML strings, one renderer for the server's first view (the default question)
 * and the browser's answers, so both look the same. Figures are `formatUsd` of the monthly cost,
 * as the workload calculator prints them.
 */
import type { Workload } from "./pricing";
import { findCheapest, type Costed, type FindResult, type FindRow, type Requirements, type UnpricedRow } from "./find";
import type { FindData } from "./find-data";
import type { FindState } from "./find-state";
import { compareRef, compareUrl } from "./compare-ids";
import { escapeHtml, formatDate, formatInteger, formatUsd } from "./format";
import { CAPABILITY_LABELS } from "./labels";
import { withBase } from "./url";
import { workloadParams } from "./workload-table";

/** Rows shown before "Show all". */
export const FIRST_ROWS = 25;

const profile = (id: string) => withBase(`/models/${id}/`);
const pct = (share: number | undefined) => `${Math.round((share ?? 0) * 1000) / 10}%`;

/** The question in words: "1,000 requests a day of 2,000 input and 500 output tokens (…)". */
export function describeWorkload(w: Workload): string {
  const extras = [
    w.cacheShare ? `${pct(w.cacheShare)} of input read from cache` : "",
    w.cacheWriteShare ? `${pct(w.cacheWriteShare)} written to cache` : "",
    w.batchShare ? `${pct(w.batchShare)} of requests as batch` : "",
  ].filter(Boolean);
  return (
    `${formatInteger(w.requestsPerDay)} requests a day of ${formatInteger(w.inputTokens)} input and ` +
    `${formatInteger(w.outputTokens)} output tokens${extras.length ? ` (${extras.join(", ")})` : ""}`
  );
}

/** The requirements in words, for the answer's summary. */
export function describeRequirements(req: Requirements, benchmarkName?: string): string {
  const parts = [
    req.kind ? `${req.kind} models` : "models of any kind",
    req.input.length ? `taking ${req.input.join(" + ")}` : "",
    req.output.length ? `producing ${req.output.join(" + ")}` : "",
    ...req.capabilities.map((c) => CAPABILITY_LABELS[c].toLowerCase()),
    req.minContext !== null ? `context ≥ ${formatInteger(req.minContext)} tokens` : "",
    req.minOutput !== null ? `max output ≥ ${formatInteger(req.minOutput)} tokens` : "",
    req.openWeights ? "open weights" : "",
    req.license ? `licence “${req.license}”` : "",
    req.providers.length ? `at ${req.providers.join(", ")}` : "",
    req.excludeProviders.length ? `not at ${req.excludeProviders.join(", ")}` : "",
    req.benchmark && req.minScore !== null ? `${benchmarkName ?? req.benchmark} score ≥ ${req.minScore}` : "",
    req.includeEnded ? "ended offerings included" : "live offerings only",
  ];
  return parts.filter(Boolean).join(", ");
}

/** The compare page with the cheapest `n` models of the answer at their cheapest offerings, workload included; "" for fewer than 2. */
export function topCompareHref(rows: readonly FindRow[], w: Workload, n = 3): string {
  if (rows.length < 2) return "";
  const refs = rows.slice(0, n).map((r) => compareRef(r.model.id, r.cheapest.offering));
  return (
    compareUrl(refs) +
    workloadParams(w)
      .map(([k, v]) => `&${k}=${encodeURIComponent(v)}`)
      .join("")
  );
}

/** The compare link of a row: the model at its cheapest offering beside another (the cheapest model, or the next). */
export function rowCompareHref(row: FindRow, other: FindRow | undefined, w: Workload): string {
  const refs = [compareRef(row.model.id, row.cheapest.offering)];
  if (other && other.model.id !== row.model.id) refs.push(compareRef(other.model.id, other.cheapest.offering));
  const params = workloadParams(w)
    .map(([k, v]) => `&${k}=${encodeURIComponent(v)}`)
    .join("");
  return compareUrl(refs) + params;
}

function costHtml(c: Costed): string {
  const tier = c.cost.tier
    ? ` <div class="small muted">long-context price (over ${formatInteger(c.cost.tier.above)} tokens)</div>`
    : "";
  return `<span class="cost">${formatUsd(c.cost.perMonth)}</span>${tier}`;
}
const dated = (c: Costed) =>
  c.offering.current
    ? `<div class="small muted">prices of <time datetime="${c.offering.current.from}">${formatDate(c.offering.current.from)}</time></div>`
    : "";

function firstPartyHtml(row: FindRow): string {
  const fp = row.firstParty;
  if (!fp) return `<span class="muted">${row.model.creator ? "no qualifying offer" : "maker unknown"}</span>`;
  if (fp.offering.id === row.cheapest.offering.id) return `<span class="muted">the same</span>`;
  if (fp.cost.perMonth === null)
    return `<span class="unknown">unknown</span><div class="small muted">no ${escapeHtml(fp.cost.missing.join(", "))} price</div>`;
  return `${costHtml(fp)}${dated(fp)}`;
}

/** The ranked table's body rows. */
export function findRowsHtml(rows: readonly FindRow[], w: Workload, limit = rows.length): string {
  return rows
    .slice(0, limit)
    .map((row, i) => {
      const c = row.cheapest;
      const other = i === 0 ? rows[1] : rows[0];
      const tie = row.tied ? ' <span class="tie" title="Same monthly cost as another model">tie</span>' : "";
      return (
        `<tr data-model="${escapeHtml(row.model.id)}" data-offering="${escapeHtml(c.offering.id)}">` +
        `<th scope="row"><span class="rank">${row.rank ? `${row.rank}.` : ""}</span> ` +
        `<a href="${escapeHtml(profile(row.model.id))}">${escapeHtml(row.model.name)}</a>${tie}` +
        `<div class="small muted">${escapeHtml(row.model.creatorName ?? "maker unknown")}</div></th>` +
        `<td class="num">${costHtml(c)}</td>` +
        `<td>${escapeHtml(c.offering.providerName)}${dated(c)}</td>` +
        `<td class="num">${firstPartyHtml(row)}</td>` +
        `<td><a href="${escapeHtml(rowCompareHref(row, other, w))}" aria-label="Compare ${escapeHtml(row.model.name)}${other ? ` with ${escapeHtml(other.model.name)}` : ""}">Compare</a></td>` +
        `</tr>`
      );
    })
    .join("");
}

/** The list of qualifying models that cannot be priced for this workload, with what is missing. */
export function unpricedHtml(rows: readonly UnpricedRow[]): string {
  return rows
    .map(
      (u) =>
        `<li><a href="${escapeHtml(profile(u.model.id))}">${escapeHtml(u.model.name)}</a> ` +
        `<span class="muted">(${escapeHtml(u.offerings.map((o) => o.offering.providerName).join(", "))}): ` +
        `no ${escapeHtml(u.missing.join(", "))} price</span></li>`,
    )
    .join("");
}

/** The answer's summary line. */
export function findSummary(result: FindResult): string {
  const n = result.ranked.length;
  const ties = result.ranked.filter((r) => r.tied).length;
  const parts = [
    n
      ? `${formatInteger(n)} model${n === 1 ? "" : "s"} meet${n === 1 ? "s" : ""} your requirements, cheapest first.`
      : "No model with known prices meets these requirements.",
    ties ? `${formatInteger(ties)} share a monthly cost with another model (marked “tie”).` : "",
    result.free.length
      ? `${formatInteger(result.free.length)} more are free of charge where they qualify (usually rate-limited trial tiers): listed apart below.`
      : "",
    result.unpriced.length
      ? `${formatInteger(result.unpriced.length)} more qualify but do not publish a price your workload needs: listed apart below, not ranked.`
      : "",
    result.unknownFacts
      ? `${formatInteger(result.unknownFacts)} left out because a fact you ask about is not published for them.`
      : "",
  ];
  return parts.filter(Boolean).join(" ");
}

/** The parts of the page an answer fills, as text and HTML (built off the main thread by the page's worker). */
export interface FindAnswer {
  question: string;
  summary: string;
  /** The compare page with the three cheapest, or "". */
  compareTop: string;
  rows: string;
  ranked: number;
  shown: number;
  free: string;
  freeCount: number;
  unpriced: string;
  unpricedCount: number;
}

/** Ranks and renders the answer to a question: the first `limit` ranked rows, every free and unpriced one. */
export function findAnswer(data: FindData, { req, workload }: FindState, limit = FIRST_ROWS): FindAnswer {
  const result = findCheapest(data.models, req, workload, data.benchmarks);
  const benchmark = data.benchmarks.find((b) => b.id === req.benchmark)?.name;
  const shown = Math.min(limit, result.ranked.length);
  return {
    question: `${describeRequirements(req, benchmark)}; ${describeWorkload(workload)}.`,
    summary: findSummary(result),
    compareTop: topCompareHref(result.ranked, workload),
    rows: findRowsHtml(result.ranked, workload, shown),
    ranked: result.ranked.length,
    shown,
    free: findRowsHtml(result.free, workload),
    freeCount: result.free.length,
    unpriced: unpricedHtml(result.unpriced),
    unpricedCount: result.unpriced.length,
  };
}
