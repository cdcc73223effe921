/**
 * A model's change log as `<li>` items in one HTML string (ChangesAndSources.astro writes it with
 * `set:html`): up to 40 items on every profile, about 2.7 s of a build as Astro expressions
 * (measured by building without the section). Text is escaped as Astro escapes it.
 */
import { escapeHtml, formatChange, formatDate } from "~/shared/format";
import { priceLabel } from "~/shared/vocabulary";
import type { ChangeEvent } from "~/views/changes";

/** One item: date, then what happened ("first price at X", "X input price −50%", "retired at X"). */
function item(e: ChangeEvent): string {
  let html = `<li><time datetime="${e.date}">${escapeHtml(formatDate(e.date))}</time> `;
  const provider = escapeHtml(e.providerName);
  if (e.kind === "added") html += `first price at ${provider}`;
  if (e.kind === "retired") html += `retired at ${provider}`;
  if (e.kind === "price" || e.kind === "correction") {
    html += `${provider} `;
    html += e.changes
      .map((c) => escapeHtml(`${priceLabel(c.dimension).toLowerCase()} price ${formatChange(c.from, c.to)}`))
      .join(", ");
    if (e.kind === "correction") {
      const reasons = [...new Set(e.changes.map((c) => c.reason))].join("; ");
      html += `<span class="correction"> — data correction, not a price change: ${escapeHtml(reasons)}</span>`;
    }
  }
  return `${html}</li>`;
}

export function changeLogHtml(events: readonly ChangeEvent[]): string {
  return events.map(item).join("");
}
