import { describe, expect, it } from "vitest";
import {
  catalogChanges,
  changeProviders,
  changeProvidersFile,
  CHANGE_KINDS,
  classifyPriceChanges,
  filterChanges,
  type ChangeEvent,
} from "~/views/changes";
import { buildViews } from "~/views/catalog-views";
import { catalogOf } from "../factories";
import { changesPages, changesPath } from "~/views/changes-pages";
import type { PriceEntry } from "~/schemas";

const source = { name: "models.dev", retrieved: "2026-07-01" };
const entry = (from: string, input?: number, output?: number, cacheRead?: number): PriceEntry => ({
  from,
  ...(input !== undefined ? { input } : {}),
  ...(output !== undefined ? { output } : {}),
  ...(cacheRead !== undefined ? { cacheRead } : {}),
  source,
});

describe("classifyPriceChanges", () => {
  it("calls a lasting change a price change, with its percent", () => {
    // DeepSeek-like: $0.27 → $0.56 input on 2025-09-05 (+107.4%), kept since.
    const changes = classifyPriceChanges([entry("2024-12-26", 0.27, 1.1), entry("2025-09-05", 0.56, 1.68)]);
    expect(changes.map((c) => [c.date, c.dimension, c.kind, Math.round(c.percent! * 10) / 10])).toEqual([
      ["2025-09-05", "input", "price", 107.4],
      ["2025-09-05", "output", "price", 52.7],
    ]);
  });

  it("calls a change reverted within a few days a correction, both ways", () => {
    // Seen upstream: $0.20 → $0.55 on 2026-03-14, back to $0.20 on 2026-03-16 (2 days).
    const changes = classifyPriceChanges([
      entry("2025-10-22", 0.2, 0.2),
      entry("2026-03-14", 0.55, 2.75),
      entry("2026-03-16", 0.2, 0.6),
    ]);
    const input = changes.filter((c) => c.dimension === "input");
    expect(input.map((c) => [c.date, c.kind, c.reason])).toEqual([
      ["2026-03-14", "correction", "reverted 2 days later"],
      ["2026-03-16", "correction", "reverts the change of 2026-03-14"],
    ]);
    // Output went 0.2 → 2.75 → 0.6: not back to where it was, so both are price changes.
    expect(changes.filter((c) => c.dimension === "output").map((c) => c.kind)).toEqual(["price", "price"]);
  });

  it("keeps a reversal after more than REVERT_DAYS as two price changes", () => {
    const changes = classifyPriceChanges([
      entry("2026-01-01", 1, 2),
      entry("2026-02-01", 0.5, 2),
      entry("2026-02-09", 1, 2),
    ]);
    expect(changes.map((c) => c.kind)).toEqual(["price", "price"]);
    // …and within a wider window, as corrections.
    expect(
      classifyPriceChanges(
        [entry("2026-01-01", 1, 2), entry("2026-02-01", 0.5, 2), entry("2026-02-09", 1, 2)],
        [],
        10,
      ).map((c) => c.kind),
    ).toEqual(["correction", "correction"]);
  });

  it("calls a paid price that drops to free and is priced again a glitch, however long it lasted", () => {
    // Seen upstream: GPT-3.5-turbo cached input $1.25 → free → $1.25 months later.
    const changes = classifyPriceChanges([
      entry("2025-01-01", 0.5, 1.5, 1.25),
      entry("2025-03-01", 0.5, 1.5, 0),
      entry("2025-09-01", 0.5, 1.5, 1.25),
    ]);
    expect(changes.map((c) => [c.date, c.dimension, c.kind])).toEqual([
      ["2025-03-01", "cacheRead", "correction"],
      ["2025-09-01", "cacheRead", "correction"],
    ]);
    expect(changes[0]!.reason).toContain("data glitch");
    // A curated source saying a price became free (and stays free) is a price change…
    expect(classifyPriceChanges([entry("2025-01-01", 1, 2), entry("2025-02-01", 0, 0)]).map((c) => c.kind)).toEqual([
      "price",
      "price",
    ]);
    // …but an imported snapshot listing it as free is unconfirmed: a correction (Vercel Llama 3.3 $0.72 → free).
    const imported = { name: "models.dev", retrieved: "2026-07-02", commit: "f3fc692" };
    const vercel = classifyPriceChanges([
      entry("2026-05-18", 0.72, 0.72),
      { ...entry("2026-07-02", 0, 0), source: imported },
    ]);
    expect(vercel.map((c) => c.kind)).toEqual(["correction", "correction"]);
    expect(vercel[0]!.reason).toContain("unconfirmed");
  });

  it("shows a disagreeing imported observation as a correction, not a price change", () => {
    const changes = classifyPriceChanges(
      [entry("2025-04-14", 0.1, 0.4)],
      [{ from: "2025-05-01", field: "input", value: 0.11, source }],
    );
    expect(changes).toEqual([
      {
        date: "2025-05-01",
        dimension: "input",
        from: 0.11,
        to: 0.1,
        percent: expect.closeTo(-9.09, 2),
        kind: "correction",
        reason: "models.dev recorded 0.11; the record keeps the official price",
      },
    ]);
  });

  it("ignores changes to or from an unknown price, and observations of other dimensions", () => {
    const changes = classifyPriceChanges(
      [entry("2025-01-01", 1, 2), entry("2025-02-01", 1, 2, 0.5), entry("2025-03-01", 1, undefined, 0.25)],
      [{ from: "2025-03-02", field: "batchInput", value: 9, source }],
    );
    expect(changes.map((c) => [c.date, c.dimension, c.kind])).toEqual([["2025-03-01", "cacheRead", "price"]]);
  });

  it("has a null percent for a change from free", () => {
    expect(classifyPriceChanges([entry("2025-01-01", 0, 0), entry("2025-06-01", 1, 0)])[0]!.percent).toBeNull();
  });
});

/** A change event at a provider, of a kind, on a date. */
const ev = (providerId: string, kind: ChangeEvent["kind"], date = "2026-01-01"): ChangeEvent => ({
  date,
  kind,
  providerId,
  providerName: providerId,
  offeringId: `${providerId}/m`,
  modelId: "x/m",
  modelName: "M",
  changes: [],
});

describe("filterChanges", () => {
  const all = [ev("openai", "price"), ev("azure", "price"), ev("openai", "added")];

  it("filters by provider, by kind, by both, or not at all", () => {
    expect(filterChanges(all, {}).length).toBe(3);
    expect(filterChanges(all, { provider: "openai" }).map((x) => x.kind)).toEqual(["price", "added"]);
    expect(filterChanges(all, { kind: "price" }).map((x) => x.providerId)).toEqual(["openai", "azure"]);
    expect(filterChanges(all, { provider: "openai", kind: "added" }).length).toBe(1);
  });
});

describe("changesPages", () => {
  const all = [
    ev("openai", "price", "2026-03-01"),
    ev("azure", "price", "2026-02-01"),
    ev("openai", "added", "2026-01-01"),
  ];

  it("paths hold the filter and the page", () => {
    expect(changesPath({})).toBe("/changes/");
    expect(changesPath({ kind: "price" }, 2)).toBe("/changes/kind/price/page/2/");
    expect(changesPath({ provider: "openai", kind: "added" })).toBe("/changes/provider/openai/kind/added/");
  });

  it("makes a page per non-empty filter, split by the page size", () => {
    const pages = changesPages(all, 2);
    const paths = pages.map((p) => p.path ?? "");
    expect(paths).toContain("");
    expect(paths).toContain("page/2");
    expect(paths).toContain("provider/openai");
    expect(paths).toContain("kind/added");
    // The filters combine: a provider × kind listing for each kind that provider has.
    expect(paths).toContain("provider/openai/kind/added");
    expect(paths).toContain("provider/openai/kind/price");
    expect(paths).not.toContain("provider/azure/kind/added");
    expect(paths).not.toContain("kind/retired");
    const first = pages.find((p) => p.path === undefined)!;
    expect([first.total, first.pages, first.events.length]).toEqual([3, 2, 2]);
  });
});

describe("changeProviders", () => {
  it("lists the providers with changes by name, each with its kinds, computed once per catalog", () => {
    const price = (from: string, input: number) => ({ from, input, output: input * 4, source });
    const views = buildViews(
      catalogOf({
        providers: { openai: { name: "OpenAI" }, azure: { name: "Azure" }, quiet: { name: "Quiet" } },
        models: { "openai/nano": { name: "Nano" } },
        offerings: {
          "openai/nano": {
            model: "openai/nano",
            apiId: "nano",
            prices: [price("2025-04-14", 0.1), price("2025-09-01", 0.2)],
          },
          "azure/nano": { model: "openai/nano", apiId: "nano", prices: [price("2025-05-01", 0.11)] },
        },
      }),
    );
    const providers = changeProviders(views);
    expect(providers.map((p) => p.name)).toEqual(["Azure", "OpenAI"]);
    for (const p of providers)
      for (const kind of CHANGE_KINDS) {
        const count = catalogChanges(views).filter((e) => e.providerId === p.id && e.kind === kind).length;
        expect(p.kinds.get(kind)).toBe(count || undefined);
      }
    expect(providers.find((p) => p.id === "openai")!.kinds.has("price")).toBe(true);
    expect(changeProviders(views)).toBe(providers);
    // The select's file: the same providers, each kind with its count.
    expect(changeProvidersFile(views)).toEqual(
      providers.map((p) => ({ id: p.id, name: p.name, kinds: Object.fromEntries(p.kinds) })),
    );
    expect(changeProvidersFile(views).find((p) => p.id === "azure")).toEqual({
      id: "azure",
      name: "Azure",
      kinds: { added: 1 },
    });
  });
});
