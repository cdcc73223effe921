/**
 * Draws a price-history step chart with chart.js. Kept apart from the custom element so that
 * chart.js is fetched only when the chart nears the viewport (dynamic import below).
 */
import { chartColors } from "./theme-colors";
import { changeLabelsPlugin } from "./change-labels";
import { changeLabels, needsLogScale, timeRange } from "~/shared/chart-scale";
import { formatUsd } from "~/shared/format";

import type { ChartSeries } from "~/shared/chart-series";
export type { ChartSeries };

const DASH: Record<ChartSeries["dimension"], number[]> = { input: [], output: [6, 3], cacheRead: [2, 3] };

export interface ChartOptions {
  /** Series groups (providers or models) drawn at first; the rest start hidden in the legend. */
  visibleGroups?: number;
  /** Dimensions that start hidden (the compare page's cached-input toggle). */
  hiddenDimensions?: ChartSeries["dimension"][];
}

export async function mountPriceChart(
  canvas: HTMLCanvasElement,
  data: { today: string; series: ChartSeries[] },
  options: ChartOptions = {},
): Promise<import("chart.js").Chart<"line", { x: number; y: number | null }[]>> {
  const { Chart } = await import("./chart");
  const { series: colors, fg, grid } = chartColors(canvas);
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const fmtDate = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", timeZone: "UTC" });
  const fmtDay = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const providers = [...new Set(data.series.map((s) => s.group))];
  const shownAtFirst = data.series.filter(
    (s) =>
      providers.indexOf(s.group) < (options.visibleGroups ?? 4) &&
      !(options.hiddenDimensions ?? []).includes(s.dimension),
  );
  // The axes fit the lines shown at first; a log scale when their prices span orders of magnitude.
  const range = timeRange(shownAtFirst.map((s) => ({ points: s.points, end: s.retired ?? data.today })));
  const log = needsLogScale(shownAtFirst.flatMap((s) => s.points.map(([, v]) => v)));

  const datasets = data.series.map((s) => {
    const end = s.retired ?? data.today;
    const last = s.points[s.points.length - 1];
    const y = (v: number | null) => (log && v === 0 ? null : v);
    const points = s.points.map(([x, v]) => ({ x: day(x), y: y(v) }));
    if (last && last[0] < end) points.push({ x: day(end), y: y(last[1]) });
    const color = colors[providers.indexOf(s.group) % colors.length];
    return {
      label: s.label,
      data: points,
      stepped: "after" as const,
      borderColor: color,
      backgroundColor: color,
      borderDash: DASH[s.dimension],
      borderWidth: 2,
      pointRadius: points.map((_, i) => (i === points.length - 1 && last && last[0] < end ? 0 : 3)),
      spanGaps: false,
      changes: changeLabels(s.points),
      hidden:
        providers.indexOf(s.group) >= (options.visibleGroups ?? 4) ||
        (options.hiddenDimensions ?? []).includes(s.dimension),
    };
  });

  return new Chart(canvas, {
    type: "line",
    plugins: [changeLabelsPlugin(fg)],
    data: { datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      interaction: { mode: "nearest", intersect: false },
      scales: {
        x: {
          type: "linear",
          min: range.min,
          max: range.max,
          ticks: { color: fg, maxTicksLimit: 6, callback: (v) => fmtDate.format(Number(v)) },
          grid: { color: grid },
        },
        y: {
          type: log ? "logarithmic" : "linear",
          beginAtZero: !log,
          ticks: { color: fg, maxTicksLimit: 7, callback: (v) => formatUsd(Number(v)) },
          grid: { color: grid },
          title: { display: true, text: `USD per 1M tokens${log ? " (log scale)" : ""}`, color: fg },
        },
      },
      plugins: {
        legend: { position: "bottom", labels: { color: fg, boxWidth: 14, boxHeight: 2 } },
        tooltip: {
          callbacks: {
            title: (items) => fmtDay.format(items[0]?.parsed.x ?? 0),
            // Each change is labelled with its size against the price before it.
            label: (item) => {
              const points = item.dataset.data as { x: number; y: number | null }[];
              const prev = points[item.dataIndex - 1]?.y;
              const y = item.parsed.y;
              const change =
                prev && y !== null && prev !== y
                  ? ` (${y > prev ? "+" : "−"}${Math.abs(Math.round(((y - prev) / prev) * 100))}%)`
                  : "";
              return `${item.dataset.label}: ${formatUsd(y)}${change}`;
            },
          },
        },
      },
    },
  });
}
