/**
 * The compare page's facts table: one column per model, one row per fact, the best value of each
 * comparable row marked (★ and "(best)" for screen readers).
 */
import type { ApiModel, ApiOffering } from "~/schemas/api";
import type { PriceDimension, PriceEntry } from "~/schemas";
import { bestIndexesByGroup, type CompareRef } from "~/shared/compare-ids";
import { formatDate, formatInteger, formatMonth, formatTokenPrice, UNKNOWN } from "~/shared/format";
import { blendedPrice } from "~/shared/pricing";
import { isLive, KIND_LABELS, priceLabel } from "~/shared/vocabulary";
import { withBase } from "~/shared/url";

export interface Loaded {
  ref: CompareRef;
  model: ApiModel;
  offering?: ApiOffering;
  /** Label in charts and tables: the model name, plus the provider when the ref chose one. */
  label: string;
}

type Cell = { text: string; value?: number | null; href?: string };
interface FactRow {
  label: string;
  cells: Cell[];
  better?: "lower" | "higher";
}

export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const yesNo = (v: boolean | undefined) => (v === undefined ? UNKNOWN : v ? "Yes" : "No");

export function renderFacts(table: Element, loaded: Loaded[]): void {
  const price = (l: Loaded, pick: (e: PriceEntry) => number | undefined): Cell => {
    const v = l.offering?.current ? pick(l.offering.current) : undefined;
    return { text: formatTokenPrice(v), value: v ?? null };
  };
  const priceRow = (key: PriceDimension): FactRow => ({
    label: priceLabel(key),
    better: "lower",
    cells: loaded.map((l) => price(l, (e) => e[key])),
  });
  const m = (l: Loaded) => l.model;
  // Prices and limits are compared like with like: "best" is marked within each kind of model.
  const kinds = loaded.map((l) => m(l).kind ?? "unknown");
  const rows: FactRow[] = [
    { label: "Kind", cells: loaded.map((l) => ({ text: m(l).kind ? KIND_LABELS[m(l).kind!] : UNKNOWN })) },
    {
      label: "Provider",
      cells: loaded.map((l) => ({
        text: l.offering ? `${l.offering.provider.name} (${l.offering.apiId})` : "no offering",
      })),
    },
    priceRow("input"),
    priceRow("cacheRead"),
    priceRow("cacheWrite"),
    priceRow("output"),
    priceRow("batchInput"),
    priceRow("batchOutput"),
    {
      label: "Blended (3:1)",
      better: "lower",
      cells: loaded.map((l) => {
        const v = l.offering?.current ? blendedPrice(l.offering.current) : null;
        return { text: formatTokenPrice(v), value: v };
      }),
    },
    {
      label: "Long-context tiers",
      cells: loaded.map((l) => ({
        text: l.offering?.current?.tiers?.length
          ? l.offering.current.tiers.map((t) => `over ${formatInteger(t.above)}`).join(", ")
          : l.offering?.current
            ? "none"
            : UNKNOWN,
      })),
    },
    { label: "Price since", cells: loaded.map((l) => ({ text: formatDate(l.offering?.current?.from) })) },
    {
      label: "Context window",
      better: "higher",
      cells: loaded.map((l) => {
        const v = l.offering?.limits?.context ?? m(l).limits?.context;
        return { text: formatInteger(v), value: v ?? null };
      }),
    },
    {
      label: "Max output",
      better: "higher",
      cells: loaded.map((l) => {
        const v = l.offering?.limits?.maxOutput ?? m(l).limits?.maxOutput;
        return { text: formatInteger(v), value: v ?? null };
      }),
    },
    { label: "Knowledge cutoff", cells: loaded.map((l) => ({ text: formatMonth(m(l).knowledgeCutoff) })) },
    { label: "Released", cells: loaded.map((l) => ({ text: formatDate(m(l).releaseDate) })) },
    { label: "Input modalities", cells: loaded.map((l) => ({ text: m(l).modalities?.input.join(", ") ?? UNKNOWN })) },
    {
      label: "Output modalities",
      cells: loaded.map((l) => ({ text: m(l).modalities?.output.join(", ") ?? UNKNOWN })),
    },
    { label: "Tool calling", cells: loaded.map((l) => ({ text: yesNo(m(l).capabilities?.toolCalling) })) },
    {
      label: "Structured outputs",
      cells: loaded.map((l) => ({ text: yesNo(m(l).capabilities?.structuredOutputs) })),
    },
    { label: "Reasoning", cells: loaded.map((l) => ({ text: yesNo(m(l).capabilities?.reasoning) })) },
    { label: "Prompt caching", cells: loaded.map((l) => ({ text: yesNo(m(l).capabilities?.promptCaching) })) },
    { label: "Open weights", cells: loaded.map((l) => ({ text: yesNo(m(l).openWeights) })) },
    { label: "Status", cells: loaded.map((l) => ({ text: m(l).status })) },
    {
      label: "Providers",
      cells: loaded.map((l) => ({
        text: String(m(l).offerings.filter((o) => isLive(o.status)).length),
      })),
    },
  ];
  const head = el(
    "tr",
    {},
    el("th", { scope: "col", textContent: "" }, el("span", { className: "visually-hidden", textContent: "Fact" })),
  );
  for (const l of loaded) {
    head.append(
      el("th", { scope: "col" }, el("a", { href: withBase(`/models/${l.model.id}/`), textContent: l.label })),
    );
  }
  const body = rows.map((row) => {
    const best = row.better
      ? bestIndexesByGroup(
          row.cells.map((c) => c.value),
          row.better,
          kinds,
        )
      : new Set<number>();
    return el(
      "tr",
      {},
      el("th", { scope: "row", textContent: row.label }),
      ...row.cells.map((c, i) =>
        best.has(i)
          ? el(
              "td",
              { className: "best" },
              c.text,
              el("span", { className: "best-mark", ariaHidden: "true", textContent: " ★" }),
              el("span", { className: "visually-hidden", textContent: " (best)" }),
            )
          : el("td", { textContent: c.text }),
      ),
    );
  });
  table.querySelector("thead")!.replaceChildren(head);
  table.querySelector("tbody")!.replaceChildren(...body);
}
