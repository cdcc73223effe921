/**
 * Colour tokens as a canvas needs them. The tokens are light-dark() pairs, which only the browser's
 * CSS resolves, so each is read back through a probe element placed next to the chart (it inherits
 * the page's colour scheme there).
 */
export function resolveColor(near: Element, token: string): string {
  const probe = document.createElement("span");
  probe.style.color = `var(${token})`;
  (near.parentElement ?? document.body).append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The chart palette and the axis colours, resolved for the current theme. */
export function chartColors(near: Element): { series: string[]; fg: string; grid: string } {
  return {
    series: [1, 2, 3, 4, 5, 6].map((i) => resolveColor(near, `--chart-${i}`)),
    fg: resolveColor(near, "--fg-muted"),
    grid: resolveColor(near, "--border"),
  };
}
