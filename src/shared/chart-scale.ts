/**
 * What a price chart's axes and labels should be, as pure functions shared by the profile's chart and
 * the compare page's: the time range that fits the data, whether prices span enough to need a log
 * scale, the labelled changes ("−50% on Apr 14, 2025") and the default set of offerings to draw.
 */
import { formatChange, formatDate } from "./format";
import { blendedPrice } from "./pricing";

const DAY = 86_400_000;
export const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** A line's points: [date, price or null (unknown)]. */
export type Points = readonly (readonly [string, number | null])[];

/**
 * The x range (ms) that fits the lines drawn: from the first dated price to the last day a line runs
 * (today, or an earlier retirement), with a margin; never narrower than `minDays`, so a line with a
 * single price is a short stretch around it rather than years of empty axis.
 */
export function timeRange(
  lines: readonly { points: Points; end: string }[],
  minDays = 60,
): { min: number; max: number } {
  const starts = lines.flatMap((l) => (l.points[0] ? [dayMs(l.points[0][0])] : []));
  const ends = lines.map((l) => dayMs(l.end));
  if (!starts.length || !ends.length) return { min: 0, max: 1 };
  let min = Math.min(...starts);
  let max = Math.max(...ends, ...starts);
  if (max - min < minDays * DAY) {
    const mid = (min + max) / 2;
    min = mid - (minDays / 2) * DAY;
    max = mid + (minDays / 2) * DAY;
  }
  const pad = (max - min) * 0.02;
  return { min: min - pad, max: max + pad };
}

/** A log scale when the positive prices drawn span at least `ratio` times (e.g. $0.05 and $15). */
export function needsLogScale(values: readonly (number | null)[], ratio = 20): boolean {
  const positive = values.filter((v): v is number => v !== null && v > 0);
  if (positive.length < 2) return false;
  return Math.max(...positive) / Math.min(...positive) >= ratio;
}

export interface ChangeLabel {
  /** The date of the change. */
  date: string;
  price: number;
  /** "−50% on Apr 14, 2025". */
  text: string;
}

/** One label per dated change between two known, non-zero prices of a line. */
export function changeLabels(points: Points): ChangeLabel[] {
  const out: ChangeLabel[] = [];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]![1];
    const [date, price] = points[i]!;
    if (prev === null || price === null || prev === price || prev === 0) continue;
    out.push({ date, price, text: `${formatChange(prev, price)} on ${formatDate(date)}` });
  }
  return out;
}

/** The chart's choice of price: input, output, or blended 3:1 (where both are published). */
export const CHART_VIEWS = [
  { key: "input", label: "Input" },
  { key: "output", label: "Output" },
  { key: "blended", label: "Blended 3:1" },
] as const;
/** "unit": the model's own unit (per image, minute, …), offered first for models not priced by the token. */
export type ChartView = (typeof CHART_VIEWS)[number]["key"] | "unit";

/**
 * One offering's history as the profile chart loads it: [from, input, output] per dated entry, and
 * the price in the model's own unit as a fourth value where it has one.
 */
export interface ChartLine {
  id: string;
  name: string;
  firstParty: boolean;
  live: boolean;
  /** Retirement date, where the line ends; otherwise it runs to today. */
  retired?: string;
  prices: [string, number | null, number | null, (number | null)?][];
}

/** A line's points for one view. */
export function viewPoints(line: ChartLine, view: ChartView): [string, number | null][] {
  return line.prices.map(([from, input, output, unit]) => {
    if (view === "unit") return [from, unit ?? null];
    if (view === "input") return [from, input];
    if (view === "output") return [from, output];
    return [from, blendedPrice({ input: input ?? undefined, output: output ?? undefined })];
  });
}

const changed = (line: ChartLine) =>
  new Set(line.prices.map(([, i, o, u]) => `${i}:${o}:${u}`)).size > 1 && line.prices.length > 1;

/**
 * The lines drawn at first: the creator's own offering, the cheapest live one by input, and the
 * ones whose price changed, up to `max`; when that picks fewer than two, the first lines fill in.
 */
export function defaultLines(lines: readonly ChartLine[], max = 6): Set<string> {
  const pick = new Set<string>();
  for (const l of lines) if (l.firstParty) pick.add(l.id);
  const cheapest = lines
    .filter((l) => l.live && l.prices.at(-1)?.[1] != null)
    .sort((a, b) => a.prices.at(-1)![1]! - b.prices.at(-1)![1]!)[0];
  if (cheapest) pick.add(cheapest.id);
  for (const l of lines) if (pick.size < max && changed(l)) pick.add(l.id);
  for (const l of lines) if (pick.size < Math.min(2, max)) pick.add(l.id);
  return pick;
}

/** A distinct hue per line (golden-angle steps), as a CSS colour readable in light and dark themes. */
export function lineColor(index: number): string {
  const hue = Math.round((index * 137.508 + 215) % 360);
  return `light-dark(hsl(${hue} 75% 36%), hsl(${hue} 85% 68%))`;
}
