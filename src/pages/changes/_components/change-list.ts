/**
 * A `/changes/` listing's events as `<li>` items in one HTML string (ChangeList.astro writes it
 * with `set:html`): 100 items of six parts each on every one of the 663 listing pages. Text is
 * escaped as Astro escapes it.
 */
import { escapeHtml, formatDate } from "~/shared/format";
import { withBase } from "~/shared/url";
import { CHANGE_KIND_LABEL, describeChange, type ChangeEvent } from "~/views/changes";

const BADGE: Record<ChangeEvent["kind"], string> = {
  price: "Price",
  correction: "Correction",
  added: "New",
  retired: "Retired",
};

export function changeListHtml(events: readonly ChangeEvent[]): string {
  return events
    .map(
      (e) =>
        `<li class="${e.kind}"><time datetime="${e.date}">${escapeHtml(formatDate(e.date))}</time>` +
        `<span class="badge" title="${escapeHtml(CHANGE_KIND_LABEL[e.kind])}">${BADGE[e.kind]}</span>` +
        `<span><a href="${escapeHtml(withBase(`/models/${e.modelId}/`))}">${escapeHtml(e.modelName)}</a>: ` +
        `${escapeHtml(describeChange(e))} <span class="muted small"><code>${escapeHtml(e.offeringId)}</code></span></span></li>`,
    )
    .join("");
}
