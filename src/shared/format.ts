/**
 * Every number, price, date and token count the site prints goes through here.
 * Unknown (undefined or null) prints as "—", never as 0.
 */
export const UNKNOWN = "—";

type Maybe<T> = T | undefined | null;

/**
 * A formatter made on first use, not when the module loads: building Intl formatters costs
 * milliseconds of ICU setup, and the browser bundles that import this module would pay it before
 * they run, on pages that may never format a date (about 55 ms on /models/ on a phone's CPU).
 */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * A one-argument formatter that remembers its results: a build formats the same few thousand prices
 * and dates hundreds of thousands of times (formatting was 1.5 s of Astro's render time). The
 * inputs are prices, dates and counts, so a cache stays small, in the build and in a browser alike.
 */
function remembered<K, V>(format: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) cache.set(key, (value = format(key)));
    return value as V;
  };
}

const usdCache = new Map<string, Intl.NumberFormat>();
function usd(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = usdCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: "USD",
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    usdCache.set(key, f);
  }
  return f;
}

/**
 * A dollar amount to the precision people write prices in: two decimals from $1 up (`$4.29`, `$1,234.57`),
 * three significant digits below (`$0.10`, `$0.025`, `$0.0375`, `$0.000025`); "free" for 0 when asked.
 * Where this rounds, `exactUsd` gives the full value for a title.
 */
export function formatUsd(value: Maybe<number>, options: { free?: boolean } = {}): string {
  if (value === undefined || value === null || Number.isNaN(value)) return UNKNOWN;
  if (value === 0) return options.free ? "Free" : "$0";
  return usdText(value);
}

const usdText = remembered((value: number) => {
  if (value >= 1) return usd(2, 2).format(value);
  const digits = Math.min(12, Math.max(2, -Math.floor(Math.log10(value)) + 2));
  return usd(2, digits).format(value);
});

/** The exact dollar amount (`$4.2929`) when `formatUsd` rounds it, else undefined: for a title attribute. */
export function exactUsd(value: Maybe<number>): string | undefined {
  if (value === undefined || value === null || value === 0 || Number.isNaN(value)) return undefined;
  return exactText(value);
}

const exactText = remembered((value: number) => {
  const exact = usd(2, 12).format(value);
  return exact === formatUsd(value) ? undefined : exact;
});

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text made safe for HTML, for the tables rendered as strings (server and browser alike). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/** The "unknown" cell as HTML: "—" that says "not published" to screen readers too. */
export const UNKNOWN_HTML =
  '<span class="unknown" title="Not published">—<span class="visually-hidden"> not published</span></span>';

/**
 * A token price as HTML, the one renderer for server tables, browser tables and the <Price> component
 * (profile tables call it directly, `set:html`: a component per price cost Astro ~43,000 renders a build):
 * unknown is UNKNOWN_HTML, a subscription plan's 0 is "In plan" (not free). With `switchable`, a price
 * carries `data-per-m` so the per-1M / per-1K switch can rewrite it.
 */
export function priceHtml(perMillion: Maybe<number>, options: { plan?: boolean; switchable?: boolean } = {}): string {
  if (perMillion === undefined || perMillion === null) return UNKNOWN_HTML;
  if (options.plan && perMillion === 0) return '<span title="Included in the subscription">In plan</span>';
  const text = formatTokenPrice(perMillion);
  const exact = exactUsd(perMillion);
  const title = exact ? ` title="${exact} per 1M tokens"` : "";
  if (options.switchable) return `<span data-per-m="${perMillion}"${title}>${text}</span>`;
  return title ? `<span${title}>${text}</span>` : text;
}

/**
 * Yes / No / Unknown in words (not colour alone), the one renderer for the <Flag> component and the
 * profile's capability and modality tables (HTML, not a component per cell: Astro renders ~33,000
 * of them per build). Styled by `.flag` in global.css.
 */
export function flagHtml(value: Maybe<boolean>): string {
  if (value === undefined || value === null) return '<span class="flag flag-u">Unknown</span>';
  return value ? '<span class="flag flag-y">Yes</span>' : '<span class="flag flag-n">No</span>';
}

export type PriceUnit = "1M" | "1K";

/** A token price stored per 1M tokens, shown per 1M or per 1K tokens. 0 shows as "Free". */
export function formatTokenPrice(perMillion: Maybe<number>, unit: PriceUnit = "1M"): string {
  if (perMillion === undefined || perMillion === null) return UNKNOWN;
  return formatUsd(unit === "1M" ? perMillion : perMillion / 1000, { free: true });
}

const integer = lazy(() => new Intl.NumberFormat("en-US"));
const integerText = remembered((value: number) => integer().format(value));
const compact = lazy(() => new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 }));

/** `1,047,576`; "—" when unknown. */
export function formatInteger(value: Maybe<number>): string {
  return value === undefined || value === null ? UNKNOWN : integerText(value);
}

/**
 * A token count as people write it: `128K` for 131,072 and `32K` for 32,768 (binary sizes), `200K`,
 * `128K` for 128,000 (a round thousand), `1M` for 1,048,576, `1.05M` for 1,047,576 (three significant digits otherwise); "—" when unknown.
 */
export function formatTokensShort(value: Maybe<number>): string {
  if (value === undefined || value === null) return UNKNOWN;
  // Binary sizes as people write them (131,072 is 128K), unless the number is a round thousand (128,000 is 128K too).
  if (value >= 1024 && value % 1024 === 0 && value % 1000 !== 0) {
    const k = value / 1024;
    if (k >= 1024 && k % 1024 === 0) return `${integer().format(k / 1024)}M`;
    if (k < 1024) return `${integer().format(k)}K`;
  }
  return compact().format(Number(value.toPrecision(3)));
}

const dayFormat = lazy(
  () => new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }),
);
const monthFormat = lazy(() => new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", timeZone: "UTC" }));

/** `2025-04-14` → `Apr 14, 2025`; `2024-06` → `June 2024`; "—" when unknown. */
export function formatDate(value: Maybe<string>): string {
  return value ? dateText(value) : UNKNOWN;
}

const dateText = remembered((value: string) =>
  /^\d{4}-\d{2}$/.test(value)
    ? monthFormat().format(new Date(`${value}-01T00:00:00Z`))
    : dayFormat().format(new Date(`${value}T00:00:00Z`)),
);

/** A knowledge cutoff: published as a day, shown as the month (and the day in a tooltip). */
export function formatMonth(value: Maybe<string>): string {
  if (!value) return UNKNOWN;
  return monthFormat().format(new Date(`${value.slice(0, 7)}-01T00:00:00Z`));
}

/** Signed percent change from `from` to `to`: `+25%`, `−50%`; "—" when either is unknown or from is 0. */
export function formatChange(from: Maybe<number>, to: Maybe<number>): string {
  if (from === undefined || from === null || to === undefined || to === null || from === 0) return UNKNOWN;
  const pct = ((to - from) / from) * 100;
  const rounded = Math.abs(pct) < 10 ? Math.round(pct * 10) / 10 : Math.round(pct);
  if (rounded === 0) return "0%";
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded)}%`;
}

/** A benchmark score in its unit: `80.1%`, `1,234`. */
export function formatScore(score: number, unit: "percent" | "score" | "elo"): string {
  const text = scoreText(score);
  return unit === "percent" ? `${text}%` : text;
}

const scoreFormat = lazy(() => new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }));
const scoreText = remembered((score: number) => scoreFormat().format(score));

/** Days between two ISO dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
