import { describe, expect, it } from "vitest";
import {
  calculatorBodyHtml,
  calculatorResults,
  DEFAULT_WORKLOAD,
  workloadFromParams,
  workloadParams,
  type CalculatorRow,
} from "~/shared/workload-table";
import { source } from "../factories";

const row = (id: string, input?: number, output?: number): CalculatorRow => ({
  id,
  label: id.toUpperCase(),
  href: `/models/${id}/`,
  entry: { from: "2026-01-01", input, output, source: source() },
});

describe("workload table", () => {
  // Default workload: 1,000 requests a day of 2,000 input and 500 output tokens, 30 days.
  const rows = [row("b", 1, 4), row("a", 0.1, 0.4), row("u", 1)];

  it("sorts by monthly cost, unknown last, and the other way round on demand", () => {
    expect(calculatorResults(rows, DEFAULT_WORKLOAD).map((r) => r.row.id)).toEqual(["a", "b", "u"]);
    expect(calculatorResults(rows, DEFAULT_WORKLOAD, { key: "perMonth", dir: -1 }).map((r) => r.row.id)).toEqual([
      "b",
      "a",
      "u",
    ]);
    expect(calculatorResults(rows, DEFAULT_WORKLOAD, { key: "label", dir: 1 }).map((r) => r.row.id)).toEqual([
      "a",
      "b",
      "u",
    ]);
  });

  it("renders costs, marks the cheapest, and says which price is missing", () => {
    const html = calculatorBodyHtml(calculatorResults(rows, DEFAULT_WORKLOAD));
    // a: (2000 × 0.1 + 500 × 0.4) / 1e6 = $0.0004 a request, × 30,000 = $12.00 a month.
    expect(html).toContain('<td class="num">$12.00<span class="cheapest">cheapest</span></td>');
    expect(html).toContain("unknown (no output price)");
    expect(html.match(/cheapest<\/span>/g)).toHaveLength(1);
  });

  it("calls nothing cheapest when only one cost is known", () => {
    const html = calculatorBodyHtml(calculatorResults([row("a", 0.1, 0.4), row("u", 1)], DEFAULT_WORKLOAD));
    expect(html).not.toContain("cheapest");
  });

  it("escapes labels", () => {
    expect(calculatorBodyHtml(calculatorResults([{ ...row("x", 1, 1), label: "<b>" }], DEFAULT_WORKLOAD))).toContain(
      "&lt;b&gt;",
    );
  });
});

describe("workload in the URL", () => {
  it("reads and writes only what differs from the default", () => {
    const w = workloadFromParams(new URLSearchParams("in=10000&cache=50&perDay=oops&out=-3"));
    expect(w).toEqual({ ...DEFAULT_WORKLOAD, inputTokens: 10_000, cacheShare: 0.5 });
    expect(workloadParams(w)).toEqual([
      ["in", "10000"],
      ["cache", "50"],
    ]);
    expect(workloadParams(DEFAULT_WORKLOAD)).toEqual([]);
  });
});
