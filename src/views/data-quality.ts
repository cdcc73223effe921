/**
 * The data-quality report, computed once: every disputed price, every sibling group whose current
 * prices disagree, every cross-source disagreement, and per provider the share of offerings with a
 * known price, the age of their newest check and how many disagree with another source. The
 * `/data-quality/` page, `npm run data-quality` and `/api/data-quality.json` all read this.
 */
import type { PriceFlag } from "~/shared/plausibility";
import { RULE_TEXT, siblingKey, type PlausibilityRule } from "~/shared/plausibility";
import { isLive, KEY_DIMENSIONS } from "~/shared/vocabulary";
import type { CatalogViews, OfferingView } from "./catalog-views";

/** A price whose last check is older than this many days is marked as possibly stale. */
export const STALE_DAYS = 90;

/** Days from `date` to `today` (both `YYYY-MM-DD`). */
export const daysBetween = (date: string, today: string) =>
  Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);

/** Whether a price last checked on `retrieved` is possibly stale on `today`. */
export const possiblyStale = (retrieved: string, today: string) => daysBetween(retrieved, today) > STALE_DAYS;

export interface DisputedPrice {
  offering: string;
  model: string;
  provider: string;
  status: string;
  from: string;
  /** The held entry is the latest upstream one (so the page shows an older price, or none). */
  latest: boolean;
  flags: PriceFlag[];
}

export interface SiblingGroup {
  provider: string;
  /** The shared id stem (`claude-3-7-sonnet` for `-latest` and `-20250219`). */
  key: string;
  members: {
    offering: string;
    model: string;
    apiId: string;
    input?: number;
    output?: number;
    cacheRead?: number;
    from: string;
  }[];
  /** The dimensions whose current prices differ within the group. */
  differs: string[];
}

export interface Disagreement {
  offering: string;
  model: string;
  provider: string;
  field: string;
  /** What the record's history says now. */
  current?: number;
  /** What the other source recorded, and when. */
  other: number;
  otherFrom: string;
  otherSource: string;
}

export interface ProviderQuality {
  provider: string;
  name: string;
  /** Live offerings. */
  offerings: number;
  /** Live offerings with a known current input or output price. */
  priced: number;
  /** The newest check of a current price (source retrieved date), and its age in days. */
  newestCheck?: string;
  ageDays?: number;
  /** Live offerings whose current price was last checked more than STALE_DAYS ago. */
  stale: number;
  /** Offerings with a disputed entry. */
  disputed: number;
  /** Offerings on which another source disagrees. */
  disagreeing: number;
}

/**
 * First-party current prices checked against a second source (the LiteLLM price file): live
 * first-party offerings whose key the source lists, and on how many the input, output and cached
 * input prices both list agree. A difference whose two dates differ is explained by a dated change
 * one source recorded and the other did not (yet). A difference is confirmed when a curated
 * decision accepted our current entry after checking it against a third source, or a curated
 * record wrote that entry from a page it cites (`confirmedBy`).
 */
export interface CrossCheck {
  source: string;
  matched: number;
  agree: number;
  /** Differences where a third source, checked by a curated decision, gives our current price. */
  confirmed: number;
  differ: {
    offering: string;
    fields: string[];
    oursFrom: string;
    theirsFrom: string;
    explained: boolean;
    confirmedBy?: string;
  }[];
}

const CROSS_CHECKED = ["input", "output", "cacheRead"] as const;

/**
 * The source that checked an offering's current entry beyond the imports: a curated decision that
 * accepted it, or a curated record that wrote it (its entries cite the page they were read from).
 */
function thirdSourceOf(o: OfferingView): string | undefined {
  const current = o.current!;
  const decision = o.entry.trust?.decided.get(current.from)?.decision;
  if (decision?.action === "accept") return decision.source.name;
  // Rules and the second source may fill an entry into a new object: match the curated one by date.
  const curated = o.entry.parts
    ?.find((p) => p.file.startsWith("content/curated/"))
    ?.data.prices.find((e) => e.from === current.from);
  return curated?.source?.name;
}

export function crossCheck(views: CatalogViews): CrossCheck[] {
  const bySource = new Map<string, CrossCheck>();
  for (const offerings of views.offeringsByProvider.values())
    for (const o of offerings) {
      if (!o.firstParty || !isLive(o.entry.data.status) || !o.current) continue;
      for (const s of o.entry.second ?? []) {
        if (!s.current) continue;
        const check = bySource.get(s.name) ?? { source: s.name, matched: 0, agree: 0, confirmed: 0, differ: [] };
        bySource.set(s.name, check);
        check.matched++;
        const fields = CROSS_CHECKED.filter(
          (f) => o.current![f] !== undefined && s.current![f] !== undefined && o.current![f] !== s.current![f],
        );
        if (!fields.length) {
          check.agree++;
          continue;
        }
        const confirmedBy = thirdSourceOf(o);
        if (confirmedBy) check.confirmed++;
        check.differ.push({
          offering: o.entry.id,
          fields,
          oursFrom: o.current.from,
          theirsFrom: s.current.from,
          explained: o.current.from !== s.current.from,
          ...(confirmedBy ? { confirmedBy } : {}),
        });
      }
    }
  return [...bySource.values()];
}

export interface DataQuality {
  today: string;
  crossChecks: CrossCheck[];
  rules: Record<PlausibilityRule, string>;
  disputed: DisputedPrice[];
  siblings: SiblingGroup[];
  disagreements: Disagreement[];
  providers: ProviderQuality[];
  totals: {
    offerings: number;
    liveOfferings: number;
    disputedEntries: number;
    disputedOfferings: number;
    /** Disputed entries by rule (an entry held by two rules counts for both). */
    byRule: Record<PlausibilityRule, number>;
    heldLatest: number;
    siblingGroups: number;
    disagreements: number;
    disagreeingOfferings: number;
    pricedShare: number;
    stale: number;
  };
}

function siblingGroups(views: CatalogViews): SiblingGroup[] {
  const groups: SiblingGroup[] = [];
  for (const [provider, offerings] of [...views.offeringsByProvider].sort((a, b) => a[0].localeCompare(b[0]))) {
    const byKey = new Map<string, OfferingView[]>();
    for (const o of offerings) {
      if (!isLive(o.entry.data.status) || !o.current || o.subscription) continue;
      const key = siblingKey(o.entry.data.apiId);
      byKey.set(key, [...(byKey.get(key) ?? []), o]);
    }
    for (const [key, members] of [...byKey].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (members.length < 2) continue;
      // Dated snapshots may each have their own price; an alias (the undated id or `-latest`) must
      // match one of them, or match the others when there is no dated one.
      const aliases = members.filter(
        (o) => siblingKey(o.entry.data.apiId) === o.entry.data.apiId.toLowerCase().replace(/-latest$/, ""),
      );
      const dated = members.filter((o) => !aliases.includes(o));
      const same = (a: OfferingView, b: OfferingView) =>
        KEY_DIMENSIONS.every(
          (d) => a.current![d] === undefined || b.current![d] === undefined || a.current![d] === b.current![d],
        );
      const lonely = aliases.filter((a) => {
        const others = dated.length ? dated : aliases.filter((b) => b !== a);
        return others.length > 0 && !others.some((b) => same(a, b));
      });
      if (!lonely.length) continue;
      const differs = KEY_DIMENSIONS.filter((d) => {
        const values = new Set(members.map((o) => o.current![d]).filter((v) => v !== undefined));
        return values.size > 1;
      });
      groups.push({
        provider,
        key,
        differs,
        members: members
          .map((o) => ({
            offering: o.entry.id,
            model: o.entry.data.model,
            apiId: o.entry.data.apiId,
            input: o.current!.input,
            output: o.current!.output,
            cacheRead: o.current!.cacheRead,
            from: o.current!.from,
          }))
          .sort((a, b) => a.apiId.localeCompare(b.apiId)),
      });
    }
  }
  return groups;
}

export function dataQuality(views: CatalogViews, today = new Date().toISOString().slice(0, 10)): DataQuality {
  const disputed: DisputedPrice[] = [];
  const disagreements: Disagreement[] = [];
  const providers: ProviderQuality[] = [];
  const byRule = Object.fromEntries(Object.keys(RULE_TEXT).map((r) => [r, 0])) as Record<PlausibilityRule, number>;
  let offerings = 0;
  let live = 0;
  let priced = 0;
  let stale = 0;
  for (const [provider, list] of [...views.offeringsByProvider].sort((a, b) => a[0].localeCompare(b[0]))) {
    const q: ProviderQuality = {
      provider,
      name: list[0]!.providerName,
      offerings: 0,
      priced: 0,
      stale: 0,
      disputed: 0,
      disagreeing: 0,
    };
    for (const o of list) {
      offerings++;
      const prices = o.entry.data.prices;
      for (const e of prices) {
        const flags = o.disputed.get(e.from);
        if (!flags) continue;
        for (const rule of new Set(flags.map((f) => f.rule))) byRule[rule]++;
        disputed.push({
          offering: o.entry.id,
          model: o.entry.data.model,
          provider,
          status: o.entry.data.status,
          from: e.from,
          latest: e === prices[prices.length - 1],
          flags,
        });
      }
      if (o.disputed.size) q.disputed++;
      const seen = new Set<string>();
      const observed = (o.entry.data.observations ?? []).filter((ob) => {
        const key = `${ob.field}|${ob.from}|${ob.value}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      for (const ob of observed)
        disagreements.push({
          offering: o.entry.id,
          model: o.entry.data.model,
          provider,
          field: ob.field,
          current: o.current?.[ob.field as keyof typeof o.current] as number | undefined,
          other: ob.value,
          otherFrom: ob.from,
          otherSource: ob.source.name,
        });
      if (observed.length) q.disagreeing++;
      if (!isLive(o.entry.data.status)) continue;
      q.offerings++;
      const c = o.current;
      if (c && (c.input !== undefined || c.output !== undefined)) {
        q.priced++;
        if (!q.newestCheck || c.source.retrieved > q.newestCheck) q.newestCheck = c.source.retrieved;
        if (possiblyStale(c.source.retrieved, today)) q.stale++;
      }
    }
    if (q.newestCheck) q.ageDays = daysBetween(q.newestCheck, today);
    live += q.offerings;
    priced += q.priced;
    stale += q.stale;
    providers.push(q);
  }
  const siblings = siblingGroups(views);
  return {
    today,
    rules: { ...RULE_TEXT },
    crossChecks: crossCheck(views),
    disputed,
    siblings,
    disagreements,
    providers,
    totals: {
      offerings,
      liveOfferings: live,
      disputedEntries: disputed.length,
      disputedOfferings: new Set(disputed.map((d) => d.offering)).size,
      byRule,
      heldLatest: disputed.filter((d) => d.latest).length,
      siblingGroups: siblings.length,
      disagreements: disagreements.length,
      disagreeingOfferings: new Set(disagreements.map((d) => d.offering)).size,
      pricedShare: live ? priced / live : 0,
      stale,
    },
  };
}
