/**
 * The rows of a provider's price-history table as one HTML string (PriceHistory.astro writes it with
 * `set:html`). The profile's longest repeated markup: as Astro expressions it was about 4.5 s of a
 * build's 27 (measured by building without the section), for lack of anything to compute.
 * Text and attributes go through `escapeHtml`, the one escaper of the HTML written as strings.
 */
import type { PriceDimension, PriceEntry, UnitPriceKey } from "~/schemas";
import { escapeHtml, formatChange, formatDate, priceHtml } from "~/shared/format";
import { entryUnitPrice } from "~/shared/unit-cost";
import { KEY_DIMENSIONS, priceLabel } from "~/shared/vocabulary";
import { heldNoteText } from "~/views/held-prices";
import type { OfferingView } from "~/views/catalog-views";

const SWITCHABLE = { switchable: true };

/** What changed from the last entry in force before this one: "first price", "input −50%, output −50%". */
export function changeText(prev: PriceEntry | undefined, cur: PriceEntry): string {
  if (!prev) return "first price";
  const parts = KEY_DIMENSIONS.filter(
    (key) => prev[key] !== undefined && cur[key] !== undefined && prev[key] !== cur[key],
  ).map((key) => `${priceLabel(key).toLowerCase()} ${formatChange(prev[key], cur[key])}`);
  return parts.length ? parts.join(", ") : "other prices changed";
}

/** One `<tr>` per history entry: date (and a disputed mark), the unit price, the columns, the change, the source. */
export function historyRowsHtml(
  o: OfferingView,
  columns: readonly PriceDimension[],
  unitKey: UnitPriceKey | undefined,
): string {
  const all = o.entry.data.prices;
  let html = "";
  all.forEach((e, i) => {
    const flags = o.disputed.get(e.from);
    const why = flags ? heldNoteText(e.from, flags).why : undefined;
    html += flags ? '<tr class="disputed">' : "<tr>";
    html += `<th scope="row"><time datetime="${escapeHtml(e.from)}">${escapeHtml(formatDate(e.from))}</time>`;
    if (why) html += `<div class="small disputed-mark" title="${escapeHtml(why)}">Disputed: held for review</div>`;
    html += "</th>";
    if (unitKey) {
      const unit = entryUnitPrice(unitKey, e);
      html += `<td class="num">${unit.from ? "from " : ""}${priceHtml(unit.value, SWITCHABLE)}</td>`;
    }
    for (const key of columns) html += `<td class="num">${priceHtml(e[key], SWITCHABLE)}</td>`;
    const change =
      why ??
      changeText(
        all.slice(0, i).findLast((p) => !o.disputed.has(p.from)),
        e,
      );
    html += `<td class="small">${escapeHtml(change)}</td><td class="small">`;
    const name = escapeHtml(e.source.name);
    html += e.source.url ? `<a href="${escapeHtml(e.source.url)}" rel="nofollow noopener">${name}</a>` : name;
    if (e.source.commit)
      html += `<span class="muted"> @ <code>${escapeHtml(e.source.commit.slice(0, 7))}</code></span>`;
    if (e.note) html += `<div class="muted">${escapeHtml(e.note)}</div>`;
    html += "</td></tr>";
  });
  return html;
}
