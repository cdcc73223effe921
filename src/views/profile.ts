/**
 * What the model profile page computes beyond the views: its meta description, its structured data
 * (FAQPage and Product with offers, schema.org) and the workload calculator's rows.
 */
import { UNIT_SPECS, unitOptions, type UnitRow, type UnitSpec } from "~/shared/unit-cost";
import type { ModelView, OfferingView } from "./catalog-views";
import type { Faq } from "./faq";
import { formatInteger, formatTokenPrice } from "~/shared/format";
import type { CalculatorRow } from "~/shared/workload-table";

/** The page's meta description: name, maker, context, cheapest prices, what the page holds. */
export function profileDescription(model: ModelView): string {
  const m = model.entry.data;
  const providers = model.activeProviders;
  return [
    `${m.name} by ${model.creatorName}`,
    m.limits?.context ? `${formatInteger(m.limits.context)}-token context` : "",
    model.cheapestInput ? `from ${formatTokenPrice(model.cheapestInput.price)}/1M input` : "",
    model.cheapestOutput ? `${formatTokenPrice(model.cheapestOutput.price)}/1M output` : "",
    `prices at ${providers} provider${providers === 1 ? "" : "s"}, price history, benchmarks and sources.`,
  ]
    .filter(Boolean)
    .join(", ");
}

/** schema.org data: the FAQ, and the model as a Product with each live offering's input price as an Offer. */
export function profileStructuredData(model: ModelView, faq: readonly Faq[], description: string): object[] {
  const out: object[] = [];
  if (faq.length) {
    out.push({
      "@context": "https://schema.org",
      "@type": "FAQPage",
      mainEntity: faq.map((f) => ({
        "@type": "Question",
        name: f.question,
        acceptedAnswer: { "@type": "Answer", text: f.answer },
      })),
    });
  }
  const offers = model.active.filter((o) => o.current?.input !== undefined);
  if (offers.length) {
    out.push({
      "@context": "https://schema.org",
      "@type": "Product",
      name: model.entry.data.name,
      brand: { "@type": "Organization", name: model.creatorName },
      description: model.entry.data.summary ?? description,
      offers: offers.map((o) => ({
        "@type": "Offer",
        seller: { "@type": "Organization", name: o.providerName },
        priceCurrency: "USD",
        price: o.current!.input,
        description: "Input price per 1M tokens",
      })),
    });
  }
  return out;
}

/** The calculator's rows: live priced offerings, subscription plans left out (their fee pays for usage). */
export function profileCalculatorRows(model: ModelView): CalculatorRow[] {
  return model.active
    .filter((o) => o.current && !o.subscription)
    .map((o) => ({ id: o.entry.id, label: o.providerName, sub: o.entry.data.apiId, entry: o.current! }));
}

/** The unit calculator's rows of a model billed per image, character, minute, second, search or embedded token. */
export function profileUnitRows(model: ModelView): { rows: UnitRow[]; spec: UnitSpec } | undefined {
  const kind = model.entry.data.kind;
  const spec = kind ? UNIT_SPECS[kind] : undefined;
  if (!kind || !spec) return undefined;
  const rows = model.active
    .filter((o) => o.current && !o.subscription)
    .map((o) => ({ id: o.entry.id, provider: o.providerName, options: unitOptions(kind, o.current!) }))
    .filter((r) => r.options.length > 0);
  return rows.length ? { rows, spec } : undefined;
}

/** The price a profile leads with: the creator's own live offering (its list price), else the cheapest live one. */
export interface HeadlinePrice {
  offering: OfferingView;
  /** "list" when the creator sells it, "cheapest" when several others do, "only" when one provider does. */
  kind: "list" | "cheapest" | "only";
}

/** The offering whose prices head the profile, or undefined when no live offering has a price. */
export function headlinePrice(model: ModelView): HeadlinePrice | undefined {
  const priced = model.active.filter((o) => o.current && !o.subscription);
  const own = priced.find((o) => o.firstParty);
  if (own) return { offering: own, kind: "list" };
  // Otherwise the cheapest by input, under the one cheapest rule (src/shared/pricing.ts).
  const first = model.cheapestInput?.offering ?? priced[0];
  if (!first) return undefined;
  return { offering: first, kind: priced.length === 1 ? "only" : "cheapest" };
}
