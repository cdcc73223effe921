/**
 * The cost calculator of models not priced like chat models: a quantity per month in the unit the
 * kind is billed in (images, characters, audio minutes, video seconds, searches, tokens embedded),
 * times each provider's price for that unit. Pure and browser-safe; unknown stays unknown.
 */
import type { ModelKind, PriceEntry, UnitPriceKey } from "~/schemas";
import { formatUsd } from "./format";
import { IMAGE_PRICE_UNIT, KIND_HEADLINE_PRICE, PRICE_INFO } from "./vocabulary";

/** The price a kind is billed by when it is not a token price (per image, 1M characters, minute, second of video, 1,000 searches); undefined for token-priced kinds and unknown kinds. */
export function kindUnitKey(kind: ModelKind | undefined): UnitPriceKey | undefined {
  if (!kind) return undefined;
  const key = KIND_HEADLINE_PRICE[kind];
  return PRICE_INFO[key].perToken ? undefined : (key as UnitPriceKey);
}

/** That price's name for a figure or a column ("Per image", "Characters, per 1M characters"). */
export function unitPriceLabel(key: UnitPriceKey): string {
  return key === "perImageOutput" ? "Per image" : `${PRICE_INFO[key].label}, ${PRICE_INFO[key].unit}`;
}

/** That price's unit after "USD" ("per generated image", "per minute"). */
export function unitPriceUnit(key: UnitPriceKey): string {
  return key === "perImageOutput" ? IMAGE_PRICE_UNIT : PRICE_INFO[key].unit;
}

/**
 * An entry's price in that unit. An image model without one price for every image gives its lowest
 * price by size and quality, with `from` set when there are several ("from $0.009").
 */
export function entryUnitPrice(
  key: UnitPriceKey,
  e: PriceEntry | undefined,
): { value: number | undefined; from: boolean } {
  const images = key === "perImageOutput" && e?.perImageOutput === undefined ? (e?.imagePrices ?? []) : [];
  if (images.length) return { value: Math.min(...images.map((p) => p.price)), from: images.length > 1 };
  return { value: e?.[key], from: false };
}

/** What the calculator asks for, per kind. `per` is how many units one price covers (1M characters, 1,000 searches). */
export interface UnitSpec {
  /** The quantity's label ("Images per month"). */
  label: string;
  /** The unit, as printed after a price ("per image"). */
  unit: string;
  per: number;
  /** The quantity shown first. */
  quantity: number;
  step: number;
}

/** The kinds the unit calculator serves (chat, realtime and moderation use the token calculator). */
export const UNIT_SPECS: Partial<Record<ModelKind, UnitSpec>> = {
  image: { label: "Images per month", unit: "per image", per: 1, quantity: 1_000, step: 100 },
  speech: {
    label: "Characters per month",
    unit: "per 1M characters",
    per: 1_000_000,
    quantity: 1_000_000,
    step: 10_000,
  },
  transcription: { label: "Minutes of audio per month", unit: "per minute", per: 1, quantity: 1_000, step: 10 },
  video: { label: "Seconds of video per month", unit: "per second", per: 1, quantity: 600, step: 10 },
  rerank: { label: "Searches per month", unit: "per 1,000 searches", per: 1_000, quantity: 100_000, step: 1_000 },
  embedding: {
    label: "Tokens embedded per month",
    unit: "per 1M tokens",
    per: 1_000_000,
    quantity: 100_000_000,
    step: 1_000_000,
  },
};

/** One price a provider asks for the kind's unit: one option, or one per size and quality of image. */
export interface UnitOption {
  /** "" for the one price; "high, 1024x1536" for an image option. */
  label: string;
  price: number;
}

export interface UnitRow {
  id: string;
  provider: string;
  options: UnitOption[];
}

/**
 * The prices of one entry in the kind's unit: per image (one price, or each size and quality), per
 * 1M characters, per minute (a per-second price times 60), per second of video, per 1,000 searches,
 * per 1M embedded tokens. Empty when the entry has none.
 */
export function unitOptions(kind: ModelKind, e: PriceEntry): UnitOption[] {
  const one = (price: number | undefined) => (price === undefined ? [] : [{ label: "", price }]);
  switch (kind) {
    case "image":
      if (e.imagePrices?.length)
        return e.imagePrices.map((p) => ({
          label: [p.quality, p.size].filter(Boolean).join(", ") || "any size",
          price: p.price,
        }));
      return one(e.perImageOutput);
    case "speech":
      return one(e.perMillionCharacters);
    case "transcription":
      return one(e.perAudioMinute ?? (e.perAudioSecond === undefined ? undefined : e.perAudioSecond * 60));
    case "video":
      return one(e.perVideoSecond);
    case "rerank":
      return one(e.perThousandSearches);
    case "embedding":
      return one(e.input);
    default:
      return [];
  }
}

/** Cost of `quantity` units at `price` per `per` units. */
export const unitCost = (quantity: number, price: number, per: number) => (quantity / per) * price;

/** The table body: one row per provider, the price of the chosen option and the month's cost; "—" when unknown. */
export function unitBodyHtml(rows: readonly UnitRow[], spec: UnitSpec, quantity: number, option: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  return rows
    .map((r) => {
      const o = r.options.find((x) => x.label === option) ?? (r.options.length === 1 ? r.options[0] : undefined);
      const price = o ? `${formatUsd(o.price, { free: true })} ${spec.unit}` : "—";
      const cost = o ? formatUsd(unitCost(quantity, o.price, spec.per), { free: true }) : "—";
      return `<tr><th scope="row">${esc(r.provider)}</th><td class="num">${price}</td><td class="num">${cost}</td></tr>`;
    })
    .join("");
}
