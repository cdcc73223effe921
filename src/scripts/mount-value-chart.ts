/** The value chart: blended price (log scale) against a benchmark score, the Pareto frontier drawn as a line. */
import { formatUsd } from "~/shared/format";
import { LogarithmicScale, ScatterController } from "chart.js";
import { Chart } from "./chart";
import { chartColors } from "./theme-colors";
import { withBase } from "~/shared/url";

Chart.register(ScatterController, LogarithmicScale);

export interface ValueData {
  benchmark: string;
  unit: string;
  points: { id: string; name: string; price: number; score: number; frontier: boolean }[];
}

export function mountValueChart(canvas: HTMLCanvasElement, data: ValueData) {
  const { series, fg, grid } = chartColors(canvas);
  const color = (n: number) => series[(n - 1) % series.length]!;
  const toXY = (p: ValueData["points"][number]) => ({ x: p.price, y: p.score, id: p.id, name: p.name });
  const frontier = data.points.filter((p) => p.frontier).map(toXY);
  const others = data.points.filter((p) => !p.frontier).map(toXY);
  return new Chart(canvas, {
    type: "scatter",
    data: {
      datasets: [
        {
          label: "Pareto frontier",
          data: frontier,
          showLine: true,
          borderColor: color(2),
          backgroundColor: color(2),
          pointRadius: 5,
          pointHoverRadius: 7,
        },
        {
          label: "Other models",
          data: others,
          borderColor: color(1),
          backgroundColor: color(1),
          pointRadius: 4,
          pointHoverRadius: 6,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: {
          type: "logarithmic",
          ticks: {
            color: fg,
            autoSkip: true,
            maxRotation: 0,
            callback: (v) => (/^[125]e/.test(Number(v).toExponential()) ? formatUsd(Number(v)) : ""),
          },
          grid: { color: grid },
          title: { display: true, text: "Blended price, USD per 1M tokens (3:1 input:output, log scale)", color: fg },
        },
        y: {
          ticks: { color: fg },
          grid: { color: grid },
          title: { display: true, text: `${data.benchmark} (${data.unit})`, color: fg },
        },
      },
      plugins: {
        legend: { position: "bottom", labels: { color: fg } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const r = item.raw as { name: string; x: number; y: number };
              return `${r.name}: ${formatUsd(r.x)} blended, ${r.y}`;
            },
          },
        },
      },
      onClick: (_event, elements, chart) => {
        const hit = elements[0];
        if (!hit) return;
        const raw = chart.data.datasets[hit.datasetIndex]!.data[hit.index] as unknown as { id: string };
        location.assign(withBase(`/models/${raw.id}/`));
      },
      onHover: (event, elements) => {
        const target = event.native?.target as HTMLElement | undefined;
        if (target) target.style.cursor = elements.length ? "pointer" : "default";
      },
    },
  });
}
