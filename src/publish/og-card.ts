/**
 * Share cards (`og:image`): one SVG template, filled per model, per provider and for the whole
 * site, rendered to PNG at build time by scripts/beside-astro.ts. Pure functions: data in, SVG text out.
 */
import type { CatalogViews, ModelView } from "~/views/catalog-views";
import type { ProviderEntry } from "~/catalog/load-catalog";
import { formatInteger, formatTokenPrice, formatTokensShort } from "~/shared/format";
import { SITE_NAME } from "~/consts";
import { escapeXml } from "./xml";

export interface Card {
  /** Small line above the title (creator, kind of page). */
  kicker: string;
  title: string;
  /** Up to three labelled figures. */
  facts: { label: string; value: string }[];
  /** A last line; left out of the per-page cards, where each line of text costs build time. */
  footer?: string;
}

/** The template's size; the PNG is rendered at CARD_WIDTH (half size), which keeps the build fast. */
export const TEMPLATE = { width: 1200, height: 630 } as const;
export const CARD_WIDTH = 600;
export const CARD_HEIGHT = (CARD_WIDTH * TEMPLATE.height) / TEMPLATE.width;

const COLORS = { bg: "#0f1115", fg: "#f5f7fa", muted: "#a3acb9", accent: "#3b82f6" };
const MARGIN = 72;

/** A font size that fits `text` on one line of `width` pixels (Inter's average glyph is ~0.56 em), and the text cut to fit at the smallest size. */
function fit(text: string, width: number, max: number, min: number): { size: number; text: string } {
  const size = Math.max(min, Math.min(max, Math.floor(width / (text.length * 0.56))));
  const room = Math.floor(width / (size * 0.56));
  return { size, text: text.length > room ? `${text.slice(0, room - 1).trimEnd()}…` : text };
}

/** The card as SVG, 1200×630, text in the Inter font. */
export function cardSvg(card: Card): string {
  const { width, height } = TEMPLATE;
  const inner = width - 2 * MARGIN;
  const title = fit(card.title, inner, 84, 44);
  const kicker = fit(card.kicker, inner, 34, 24);
  const facts = card.facts.slice(0, 3);
  const column = inner / Math.max(1, facts.length);
  const text = (x: number, y: number, size: number, fill: string, value: string, weight = 400) =>
    `<text x="${x}" y="${y}" font-family="Inter" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${COLORS.bg}"/>`,
    `<rect width="${width}" height="14" fill="${COLORS.accent}"/>`,
    // The site's mark (favicon.svg), drawn at 56 px.
    `<g transform="translate(${MARGIN} 64) scale(1.75)"><rect width="32" height="32" rx="7" fill="#1f5fd6"/><path d="M8 23 16 8l8 15M11 18h10" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></g>`,
    text(MARGIN + 76, 106, 32, COLORS.fg, SITE_NAME, 700),
    text(MARGIN, 222, kicker.size, COLORS.muted, kicker.text),
    text(MARGIN, 222 + 24 + title.size, title.size, COLORS.fg, title.text, 700),
    ...facts.flatMap((f, i) => {
      const x = MARGIN + i * column;
      const value = fit(f.value, column - 24, 56, 28);
      return [
        text(x, 448, 26, COLORS.muted, fit(f.label, column - 24, 26, 18).text),
        text(x, 510, value.size, COLORS.fg, value.text, 700),
      ];
    }),
    ...(card.footer ? [text(MARGIN, 584, 26, COLORS.muted, fit(card.footer, inner, 26, 18).text)] : []),
    `</svg>`,
  ].join("");
}

const pair = (input?: number, output?: number) =>
  input === undefined && output === undefined ? "—" : `${formatTokenPrice(input)} / ${formatTokenPrice(output)}`;

/** A model's card: creator, name, list price (first party's, else the cheapest), context window, providers. */
export function modelCard(model: ModelView): Card {
  const firstParty = model.active.find(
    (o) => o.firstParty && o.current && (o.current.input !== undefined || o.current.output !== undefined),
  );
  const price = firstParty
    ? {
        label: `Price at ${firstParty.providerName}, in / out`,
        value: pair(firstParty.current!.input, firstParty.current!.output),
      }
    : { label: "Cheapest, in / out per 1M", value: pair(model.cheapestInput?.price, model.cheapestOutput?.price) };
  const context = model.entry.data.limits?.context;
  const live = model.active.length;
  return {
    kicker: `${model.creatorName} · model`,
    title: model.entry.data.name,
    facts: [
      { label: price.label, value: price.value },
      { label: "Context window", value: context ? `${formatTokensShort(context)} tokens` : "—" },
      { label: "Providers", value: formatInteger(live) },
    ],
  };
}

export function providerCard(provider: ProviderEntry, views: CatalogViews): Card {
  const served = views.offeringsByProvider.get(provider.id) ?? [];
  const live = served.filter((o) => o.entry.data.status !== "retired" && o.entry.data.status !== "delisted");
  const made = views.modelsByCreator.get(provider.id)?.length ?? 0;
  return {
    kicker: "Provider",
    title: provider.data.name,
    facts: [
      { label: "Models served", value: formatInteger(live.length) },
      { label: "Models made", value: formatInteger(made) },
      { label: "Retired offerings", value: formatInteger(served.length - live.length) },
    ],
  };
}

export function siteCard(views: CatalogViews, host: string): Card {
  return {
    kicker: "Open data",
    title: "AI model prices, over time",
    facts: [
      { label: "Models", value: formatInteger(views.models.length) },
      { label: "Offerings", value: formatInteger(views.catalog.offerings.size) },
      { label: "Providers", value: formatInteger(views.catalog.providers.size) },
    ],
    footer: `Prices at every provider, limits and benchmarks, each with its source · ${host}`,
  };
}
