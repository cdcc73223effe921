/**
 * The profile's price-history chart (chart.js, imported lazily): one step line per offering for the
 * chosen price (input, output, blended or the model's own unit), its changes labelled, the x axis fitted to the lines shown
 * and a log scale when their prices span orders of magnitude. `update` redraws for a new choice.
 */
import {
  changeLabels,
  dayMs,
  needsLogScale,
  timeRange,
  viewPoints,
  type ChartLine,
  type ChartView,
} from "~/shared/chart-scale";
import { formatUsd } from "~/shared/format";
import { Chart } from "./chart";
import { changeLabelsPlugin } from "./change-labels";
import { resolveColor } from "./theme-colors";

export interface HistoryChart {
  /** Redraws with this price and these lines; says whether the y axis is logarithmic and a free price is left out. */
  update(view: ChartView, shown: ReadonlySet<string>): { log: boolean; freeHidden: boolean };
}

type Point = { x: number; y: number | null };

export async function drawHistoryChart(
  canvas: HTMLCanvasElement,
  data: { today: string; lines: ChartLine[]; unitAxis?: string },
  colors: ReadonlyMap<string, string>,
): Promise<HistoryChart> {
  const fg = resolveColor(canvas, "--fg-muted");
  const grid = resolveColor(canvas, "--border");
  const narrow = canvas.clientWidth < 500;
  const fmtMonth = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", timeZone: "UTC" });
  const fmtDay = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
  const end = (l: ChartLine) => l.retired ?? data.today;

  const chart = new Chart<"line", Point[]>(canvas, {
    type: "line",
    data: { datasets: [] },
    plugins: [changeLabelsPlugin(fg)],
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      interaction: { mode: "nearest", intersect: false },
      layout: { padding: { right: 8, top: 18 } },
      scales: {
        x: {
          type: "linear",
          ticks: { color: fg, maxTicksLimit: narrow ? 4 : 7, callback: (v) => fmtMonth.format(Number(v)) },
          grid: { color: grid },
        },
        y: { type: "linear", ticks: { color: fg }, grid: { color: grid } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => fmtDay.format(items[0]?.parsed.x ?? 0),
            label: (item) => `${item.dataset.label}: ${formatUsd(item.parsed.y)}`,
          },
        },
      },
    },
  });

  return {
    update(view, shown) {
      const visible = data.lines.filter((l) => shown.has(l.id));
      const points = new Map(visible.map((l) => [l.id, viewPoints(l, view)]));
      const log = needsLogScale([...points.values()].flatMap((p) => p.map(([, v]) => v)));
      const range = timeRange(visible.map((l) => ({ points: points.get(l.id)!, end: end(l) })));
      chart.data.datasets = visible.map((l) => {
        const pts = points.get(l.id)!;
        // A free price has no place on a log axis: it shows as a gap there (the table keeps it).
        const data: Point[] = pts.map(([d, v]) => ({ x: dayMs(d), y: log && v === 0 ? null : v }));
        const last = pts.at(-1);
        if (last && last[0] < end(l)) data.push({ x: dayMs(end(l)), y: log && last[1] === 0 ? null : last[1] });
        const color = colors.get(l.id) ?? fg;
        return {
          label: l.name,
          data,
          stepped: "after" as const,
          borderColor: color,
          backgroundColor: color,
          borderWidth: 2,
          pointRadius: data.map((_, i) => (i < pts.length ? 3 : 0)),
          spanGaps: false,
          changes: changeLabels(pts),
        };
      });
      const y = chart.options.scales!.y!;
      Object.assign(y, {
        type: log ? "logarithmic" : "linear",
        beginAtZero: !log,
        ticks: {
          color: fg,
          ...(log ? {} : { maxTicksLimit: 7 }),
          callback: (v: number | string) => {
            const n = Number(v);
            // Log axes tick at 1, 2, 5 × 10ⁿ only, so their labels stay few.
            if (log && ![1, 2, 5].includes(Number((n / 10 ** Math.floor(Math.log10(n))).toPrecision(1)))) return "";
            return formatUsd(n);
          },
        },
        title: {
          display: !narrow,
          text: `${view === "unit" ? data.unitAxis : "USD per 1M tokens"}${log ? " (log scale)" : ""}`,
          color: fg,
        },
      });
      Object.assign(chart.options.scales!.x!, { min: range.min, max: range.max });
      chart.update();
      const freeHidden = log && [...points.values()].some((p) => p.some(([, v]) => v === 0));
      return { log, freeHidden };
    },
  };
}
