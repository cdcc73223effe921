/**
 * A chart.js plugin that writes each price change next to its point ("−50% on Apr 14, 2025"), for
 * the lines shown, skipping a label that would overlap one already drawn. The labels come from
 * `changeLabels` (src/shared/chart-scale.ts), attached to each dataset as `changes`.
 */
import type { Chart, Plugin } from "chart.js";
import { dayMs, type ChangeLabel } from "~/shared/chart-scale";

export interface LabelledDataset {
  changes?: ChangeLabel[];
  borderColor?: unknown;
}

export function changeLabelsPlugin(color: string): Plugin<"line"> {
  return {
    id: "changeLabels",
    afterDatasetsDraw(chart: Chart<"line">) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x!;
      const y = scales.y!;
      const drawn: { l: number; r: number; t: number; b: number }[] = [];
      ctx.save();
      ctx.font = "11px system-ui, sans-serif";
      ctx.textBaseline = "bottom";
      chart.data.datasets.forEach((ds, i) => {
        if (!chart.isDatasetVisible(i)) return;
        for (const change of (ds as LabelledDataset).changes ?? []) {
          const px = x.getPixelForValue(dayMs(change.date));
          const py = y.getPixelForValue(change.price);
          const width = ctx.measureText(change.text).width;
          let left = px + 4;
          if (left + width > chartArea.right) left = px - 4 - width;
          const top = Math.max(chartArea.top, py - 16);
          const box = { l: left - 2, r: left + width + 2, t: top, b: top + 14 };
          if (box.l < chartArea.left || drawn.some((d) => box.l < d.r && box.r > d.l && box.t < d.b && box.b > d.t))
            continue;
          drawn.push(box);
          ctx.fillStyle = String(ds.borderColor ?? color);
          ctx.fillText(change.text, left, top + 14);
        }
      });
      ctx.restore();
    },
  };
}
