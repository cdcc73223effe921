/**
 * Provider-wide price rules (`content/curated/price-rules.json`, schema PriceRules): a price the
 * provider states as a share of another ("Batch API: 50% of the standard price") fills that price
 * where an offering's entry in force lists the other but not this one, for live offerings of the
 * provider whose model writes text and is a chat model (or of unknown kind). The filled price cites the rule's page in the entry's
 * `fieldSources`. Runs after the second sources, so a price a source lists wins over a rule.
 */
import { PriceRules, type PriceRule } from "~/schemas";
import { trustedCurrentIndex } from "~/shared/plausibility";
import { isLive } from "~/shared/vocabulary";
import { readCuratedFile } from "./curated-file";
import type { Catalog, OfferingEntry } from "./load-catalog";
import type { Problem } from "./problems";

export const RULES_FILE = "content/curated/price-rules.json";

export function readPriceRules(root: string, problems: Problem[]): PriceRule[] {
  const rules = readCuratedFile(root, RULES_FILE, PriceRules, problems)?.rules ?? [];
  const before = problems.length;
  rules.forEach((r, i) => {
    for (const key of ["ids", "except"] as const) {
      const pattern = r[key];
      if (pattern === undefined) continue;
      try {
        new RegExp(pattern);
      } catch (error) {
        problems.push({
          file: RULES_FILE,
          field: `rules.${i}.${key}`,
          message: `not a regular expression (expected a pattern, found "${pattern}": ${(error as Error).message})`,
          level: "error",
        });
      }
    }
  });
  return problems.length > before ? [] : rules;
}

/** Each pattern compiled once: the rules run over every offering on every load. */
const compiled = new Map<string, RegExp>();
const pattern = (source: string): RegExp => {
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = new RegExp(source)));
  return re;
};

/** Whether `rule` covers the offering: its provider, live, a text-writing model, its id in scope. */
export function ruleCovers(rule: PriceRule, o: OfferingEntry, writesText: boolean): boolean {
  if (o.provider !== rule.provider || !isLive(o.data.status) || !writesText) return false;
  const id = o.data.apiId;
  return (!rule.ids || pattern(rule.ids).test(id)) && !(rule.except && pattern(rule.except).test(id));
}

/** Fills the rule's price into the entry in force of every offering it covers. Returns how many it filled. */
export function applyPriceRules(catalog: Catalog, rules: PriceRule[]): number {
  let filled = 0;
  for (const o of catalog.offerings.values()) {
    const model = catalog.models.get(o.data.model);
    // Text-writing chat models: a model of another kind (transcription writes text too) is not covered.
    const kind = model?.data.kind;
    const writesText = (model?.data.modalities?.output.includes("text") ?? false) && (!kind || kind === "chat");
    for (const rule of rules) {
      if (!ruleCovers(rule, o, writesText)) continue;
      const prices = o.data.prices;
      const i = trustedCurrentIndex(prices, o.trust?.disputed);
      const entry = prices[i];
      const base = entry?.[rule.from];
      if (!entry || base === undefined || entry[rule.fill] !== undefined) continue;
      const value = Number((base * rule.factor).toPrecision(12));
      const next = [...prices];
      next[i] = {
        ...entry,
        [rule.fill]: value,
        fieldSources: { ...entry.fieldSources, [rule.fill]: { ...rule.source, note: rule.rule } },
      };
      o.data = { ...o.data, prices: next };
      filled++;
    }
  }
  return filled;
}
