/**
 * How a disputed price reads on a page: "upstream lists $280,000.00 input since 12 Dec 2025 — held
 * for review (token price outside $0.0001–$1,000 per 1M tokens)". One wording for the profile, the
 * provider page and the data-quality page.
 */
import { formatDate, formatUsd } from "~/shared/format";
import { RULE_TEXT, type PriceFlag } from "~/shared/plausibility";
import { priceLabel } from "~/shared/vocabulary";
import type { OfferingView } from "./catalog-views";

export interface HeldNote {
  from: string;
  flags: PriceFlag[];
  /** "upstream lists $280,000.00 input since 12 Dec 2025 — held for review" */
  text: string;
  /** The rules, in words, with what each saw. */
  why: string;
}

export function heldNoteText(from: string, flags: readonly PriceFlag[]): HeldNote {
  const first = flags[0]!;
  return {
    from,
    flags: [...flags],
    text: `upstream lists ${formatUsd(first.value)} ${priceLabel(first.field).toLowerCase()} since ${formatDate(from)} — held for review`,
    why: flags.map((f) => `${RULE_TEXT[f.rule]}: ${f.message}`).join("; "),
  };
}

/** The note for an offering whose latest upstream entry is held (so the page shows an older price, or none). */
export function latestHeld(o: OfferingView): HeldNote | undefined {
  const last = o.entry.data.prices[o.entry.data.prices.length - 1];
  const flags = last && o.disputed.get(last.from);
  return flags ? heldNoteText(last.from, flags) : undefined;
}
