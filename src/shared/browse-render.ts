/**
 * The model browser table's markup for one row, as a string: the same function renders the server's first
 * page and the browser's filtered pages, so both look identical. Formatting goes through format.ts.
 */
import { escapeHtml, formatDate, formatInteger, formatTokenPrice, formatTokensShort, UNKNOWN_HTML } from "./format";
import { STATUS_LABELS } from "./vocabulary";
import { formatModalities, type BrowseRow } from "./browse-state";
import { withBase } from "./url";

const unknown = UNKNOWN_HTML;
const price = (v: number | null) => (v === null ? unknown : formatTokenPrice(v));
const tokens = (v: number | null) =>
  v === null ? unknown : `<span title="${formatInteger(v)} tokens">${formatTokensShort(v)}</span>`;

/** One `<tr>` of the catalog table. */
export function browseRowHtml(r: BrowseRow): string {
  const date = r.released ? `<time datetime="${r.released}">${formatDate(r.released)}</time>` : unknown;
  return (
    `<tr data-id="${escapeHtml(r.id)}">` +
    `<th scope="row"><a href="${escapeHtml(withBase(`/models/${r.id}/`))}">${escapeHtml(r.name)}</a></th>` +
    `<td>${escapeHtml(r.creatorName)}</td>` +
    `<td class="num">${r.providers.length}</td>` +
    `<td class="num">${price(r.input)}</td>` +
    `<td class="num">${price(r.output)}</td>` +
    `<td class="num">${tokens(r.context)}</td>` +
    `<td class="num">${tokens(r.maxOutput)}</td>` +
    `<td>${r.modalitiesIn || r.modalitiesOut ? escapeHtml(formatModalities(r)) : unknown}</td>` +
    `<td class="date">${date}</td>` +
    `<td><span class="st ${r.status}">${STATUS_LABELS[r.status]}</span></td>` +
    `</tr>`
  );
}

/** Column headers: sort key and label, in table order. */
export const BROWSE_COLUMNS = [
  ["name", "Model"],
  ["creator", "Creator"],
  ["providers", "Providers"],
  ["input", "Input / 1M"],
  ["output", "Output / 1M"],
  ["context", "Context"],
  ["maxOutput", "Max output"],
  ["modalities", "Modalities"],
  ["released", "Released"],
  ["status", "Status"],
] as const;
export const NUMERIC_COLUMNS = new Set(["providers", "input", "output", "context", "maxOutput"]);

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
