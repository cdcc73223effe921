/**
 * One provider row per provider on a model's profile: when a provider serves the model under
 * several ids (Bedrock's regional ids, a free tier, a TEE endpoint, Azure's two services are two
 * providers), its offerings sit together, the first under the provider's name and the others as
 * labelled variants (region, tier, or the id itself when nothing else tells them apart).
 */
import type { OfferingView } from "./catalog-views";

export interface ProviderRow {
  offering: OfferingView;
  /** Position among the provider's offerings on this model (0 = the provider's row). */
  index: number;
  /** How many offerings the provider has on this model. */
  of: number;
  /** What tells this offering apart from the provider's others ("region us", "free tier"); empty when alone. */
  variant: string;
}

const REGION_NAMES: Readonly<Record<string, string>> = {
  us: "US",
  eu: "EU",
  jp: "Japan",
  apac: "Asia Pacific",
  au: "Australia",
  ca: "Canada",
  global: "global",
  "us-gov": "US GovCloud",
  ap: "Asia Pacific",
};

export function variantLabel(o: OfferingView): string {
  const parts: string[] = [];
  const regions = o.entry.data.regions;
  if (regions?.length) parts.push(`${regions.map((r) => REGION_NAMES[r] ?? r).join(", ")} region`);
  const v = o.entry.data.variant;
  if (v) parts.push(`${v} tier`);
  return parts.join(", ");
}

/** The offerings in their order, each provider's together where its first one stands. */
export function providerRows(offerings: readonly OfferingView[]): ProviderRow[] {
  const byProvider = new Map<string, OfferingView[]>();
  for (const o of offerings) byProvider.set(o.entry.provider, [...(byProvider.get(o.entry.provider) ?? []), o]);
  const rows: ProviderRow[] = [];
  for (const list of byProvider.values())
    list.forEach((offering, index) =>
      rows.push({
        offering,
        index,
        of: list.length,
        variant: list.length > 1 ? variantLabel(offering) || "standard" : "",
      }),
    );
  return rows;
}
