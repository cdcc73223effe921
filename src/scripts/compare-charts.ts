/**
 * The compare page's charts: the overlaid price-history step chart (through mountPriceChart) and a
 * bar chart of current prices. Imported lazily, with chart.js, once the charts near the viewport.
 */
import { BarController, BarElement, CategoryScale } from "chart.js";
import { Chart } from "./chart";
import { mountPriceChart, type ChartSeries } from "./mount-price-chart";
import { chartColors } from "./theme-colors";
import { formatUsd } from "~/shared/format";

Chart.register(BarController, BarElement, CategoryScale);

export { mountPriceChart, type ChartSeries };

export interface BarData {
  /** One label per model. */
  labels: string[];
  /** One dataset per price dimension; null is unknown (no bar, never a zero bar). */
  datasets: { label: string; data: (number | null)[] }[];
}

export function mountBarChart(canvas: HTMLCanvasElement, data: BarData): Chart<"bar", (number | null)[], string> {
  const { series: colors, fg, grid } = chartColors(canvas);
  return new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: data.datasets.map((d, i) => ({ ...d, backgroundColor: colors[i % colors.length], borderWidth: 0 })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { type: "category", ticks: { color: fg }, grid: { display: false } },
        y: {
          type: "linear",
          beginAtZero: true,
          ticks: { color: fg, callback: (v) => formatUsd(Number(v)) },
          grid: { color: grid },
          title: { display: true, text: "USD per 1M tokens", color: fg },
        },
      },
      plugins: {
        legend: { position: "bottom", labels: { color: fg, boxWidth: 14 } },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label}: ${item.raw === null ? "not published" : formatUsd(Number(item.raw))}`,
          },
        },
      },
    },
  });
}
