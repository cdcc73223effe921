/**
 * The model browser table's markup for one row, as a string: the same function renders the server's first
 * page and the browser's filtered pages, so both look identical. Formatting goes through format.ts.
 */
import { escapeHtml, formatDate, formatInteger, formatTokenPrice, formatTokensShort, UNKNOWN_HTML } from "./format";
import type { ModelKind } from "~/schemas";
import { KIND_LABELS, STATUS_LABELS } from "./vocabulary";
import { formatModalities, type BrowseRow, type SortKey } from "./browse-state";
import { withBase } from "./url";

const unknown = UNKNOWN_HTML;
const price = (v: number | null) => (v === null ? unknown : formatTokenPrice(v));
const tokens = (v: number | null) =>
  v === null ? unknown : `<span title="${formatInteger(v)} tokens">${formatTokensShort(v)}</span>`;

/** The tag beside a model's name that says its kind; chat, the common case, and unknown get none. */
export const kindTagHtml = (kind: ModelKind | undefined | null) =>
  kind && kind !== "chat" ? ` <span class="kind">${escapeHtml(KIND_LABELS[kind])}</span>` : "";

/** One `<tr>` of the catalog table. */
export function browseRowHtml(r: BrowseRow): string {
  const date = r.released ? `<time datetime="${r.released}">${formatDate(r.released)}</time>` : unknown;
  return (
    `<tr data-id="${escapeHtml(r.id)}">` +
    `<th scope="row"><a href="${escapeHtml(withBase(`/models/${r.id}/`))}">${escapeHtml(r.name)}</a>` +
    // Chat is the common case; every other kind says what it is beside its name.
    kindTagHtml(r.kind) +
    `</th>` +
    `<td class="num">${price(r.input)}</td>` +
    `<td class="num">${price(r.output)}</td>` +
    `<td class="num">${tokens(r.context)}</td>` +
    `<td class="num">${r.providers.length}</td>` +
    `<td>${escapeHtml(r.creatorName)}</td>` +
    `<td class="num">${tokens(r.maxOutput)}</td>` +
    `<td>${r.modalitiesIn || r.modalitiesOut ? escapeHtml(formatModalities(r)) : unknown}</td>` +
    `<td class="date">${date}</td>` +
    `<td><span class="st ${r.status}">${STATUS_LABELS[r.status]}</span></td>` +
    `</tr>`
  );
}

/**
 * Column headers: sort key, label and what sorting by it means, in table order. The prices come right
 * after the name, so a phone shows name and prices without scrolling sideways.
 */
export const BROWSE_COLUMNS = [
  ["name", "Model", "name"],
  ["input", "Input / 1M", "input price (USD per 1M tokens)"],
  ["output", "Output / 1M", "output price (USD per 1M tokens)"],
  ["context", "Context", "context window (tokens)"],
  ["providers", "Providers", "number of providers"],
  ["creator", "Creator", "creator"],
  ["maxOutput", "Max output", "max output (tokens)"],
  ["modalities", "Modalities", "modalities"],
  ["released", "Released", "release date"],
  ["status", "Status", "status"],
] as const;
export const NUMERIC_COLUMNS = new Set(["providers", "input", "output", "context", "maxOutput"]);

/** "sorted by number of providers, most first": the words after "sorted by", with units and direction. */
export function describeSort(sort: SortKey, desc: boolean): string {
  const what = BROWSE_COLUMNS.find(([key]) => key === sort)?.[2] ?? sort;
  const direction = NUMERIC_COLUMNS.has(sort)
    ? desc
      ? "highest first"
      : "lowest first"
    : sort === "released"
      ? desc
        ? "newest first"
        : "oldest first"
      : desc
        ? "Z to A"
        : "A to Z";
  return `${what}, ${sort === "providers" ? (desc ? "most first" : "fewest first") : direction}`;
}

/** The line above the table: which rows are shown, how they are sorted. One text for server and browser. */
export function countText(
  first: number,
  shown: number,
  total: number,
  matching: boolean,
  sort: SortKey,
  desc: boolean,
) {
  const fmt = (n: number) => n.toLocaleString("en-US");
  if (total === 0) return "No model matches these filters.";
  return (
    `Models ${fmt(first)}–${fmt(first + shown - 1)} of ${fmt(total)}${matching ? " matching" : ""}, ` +
    `sorted by ${describeSort(sort, desc)}. Unknown values show as “—” and sort last.`
  );
}

/** Page numbers to show: the first, the last, and two either side of the current one; 0 marks a gap. */
export function pageWindow(page: number, pages: number): number[] {
  const out: number[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 2) out.push(p);
    else if (out[out.length - 1] !== 0) out.push(0);
  }
  return out;
}

/** The pager: previous, numbered pages, next; `href(p)` is the address of page p. */
export function paginationHtml(page: number, pages: number, href: (p: number) => string): string {
  if (pages <= 1) return "";
  const link = (p: number, label: string, rel = "") =>
    `<a href="${escapeHtml(href(p))}" data-page="${p}"${rel ? ` rel="${rel}"` : ""}>${label}</a>`;
  const items = pageWindow(page, pages).map((p) =>
    p === 0
      ? `<li aria-hidden="true">…</li>`
      : p === page
        ? `<li><a aria-current="page" href="${escapeHtml(href(p))}" data-page="${p}">${p}</a></li>`
        : `<li>${link(p, String(p))}</li>`,
  );
  const prev = page > 1 ? `<li>${link(page - 1, "← Previous", "prev")}</li>` : "";
  const next = page < pages ? `<li>${link(page + 1, "Next →", "next")}</li>` : "";
  return `<ul>${prev}${items.join("")}${next}</ul>`;
}
