import { describe, expect, it } from "vitest";
import { buildViews, nearestSiblings, similarModels, siblings } from "~/views/catalog-views";
import { modelChanges } from "~/views/changes";
import { catalogOf as catalog, source } from "../factories";

const price = (from: string, input: number, output: number, extra: object = {}) => ({
  from,
  input,
  output,
  source: source(),
  ...extra,
});

describe("buildViews", () => {
  const c = catalog({
    providers: {
      openai: {},
      azure: { name: "Azure", roles: ["cloud"] },
      github: { name: "GitHub Models", roles: ["host"] },
      plan: { name: "A Coding Plan", roles: ["host"], billing: "subscription" },
    },
    models: { "openai/nano": { name: "Nano" }, "openai/mini": { name: "Mini" } },
    offerings: {
      "openai/nano": { model: "openai/nano", apiId: "nano", prices: [price("2025-04-14", 0.1, 0.4)] },
      "azure/nano": { model: "openai/nano", apiId: "nano", prices: [price("2025-05-01", 0.11, 0.44)] },
      "github/nano": { model: "openai/nano", apiId: "openai/nano", prices: [price("2025-06-01", 0, 0)] },
      "plan/nano": { model: "openai/nano", apiId: "nano", prices: [price("2025-06-01", 0, 0)] },
      "openai/mini": {
        model: "openai/mini",
        apiId: "mini",
        status: "retired",
        statusDates: { retired: "2026-01-01" },
        prices: [price("2025-04-14", 0.4, 1.6)],
      },
    },
  });
  const views = buildViews(c);
  const nano = views.byId.get("openai/nano")!;

  it("puts the first-party offering first", () => expect(nano.offerings[0]!.entry.id).toBe("openai/nano"));

  it("takes the cheapest paid price, listing free offerings apart and leaving subscription plans out", () => {
    expect(nano.cheapestInput?.price).toBe(0.1);
    expect(nano.cheapestInput?.offering.entry.id).toBe("openai/nano");
    expect(nano.freeAt.map((o) => o.entry.id)).toEqual(["github/nano"]);
    expect(nano.offerings.find((o) => o.entry.id === "plan/nano")?.subscription).toBe(true);
  });

  it("counts only live offerings as active", () => {
    const mini = views.byId.get("openai/mini")!;
    expect(mini.active).toEqual([]);
    expect(mini.cheapestInput).toBeUndefined();
  });

  it("keeps a curated model's status, but retires an imported model whose offerings are all retired", () => {
    expect(views.byId.get("openai/mini")!.entry.data.status).toBe("active");
    const imported = buildViews(
      catalog({
        providers: { openai: {} },
        models: { "openai/old": { name: "Old", origin: "imported" } },
        offerings: {
          "openai/old": {
            model: "openai/old",
            apiId: "old",
            status: "retired",
            statusDates: { retired: "2025-11-17" },
            prices: [],
          },
        },
      }),
    ).byId.get("openai/old")!;
    expect(imported.entry.data.status).toBe("retired");
    expect(imported.entry.data.statusDates?.retired).toBe("2025-11-17");
  });

  it("writes a change log newest first: added, price changes with percent, retired", () => {
    const c2 = catalog({
      providers: { deepseek: { name: "DeepSeek" } },
      models: { "deepseek/chat": { name: "Chat" } },
      offerings: {
        "deepseek/chat": {
          model: "deepseek/chat",
          apiId: "deepseek-chat",
          status: "retired",
          statusDates: { retired: "2026-07-24" },
          prices: [price("2024-12-26", 0.14, 0.28), price("2025-02-08", 0.27, 1.1)],
        },
      },
    });
    const log = modelChanges(buildViews(c2).byId.get("deepseek/chat")!);
    expect(log.map((e) => [e.date, e.kind, e.changes.map((c) => c.dimension)])).toEqual([
      ["2026-07-24", "retired", []],
      ["2025-02-08", "price", ["input", "output"]],
      ["2024-12-26", "added", []],
    ]);
    expect(Math.round(log[1]!.changes[0]!.percent!)).toBe(93);
  });
});

describe("siblings and similar models", () => {
  const c = catalog({
    providers: { a: {}, b: {} },
    models: {
      "a/one": { name: "One", family: "fam", releaseDate: "2025-01-01" },
      "a/two": { name: "Two", family: "fam", releaseDate: "2025-06-01" },
      "b/near": { name: "Near", family: "other" },
      "b/far": { name: "Far", family: "other2" },
      "b/textonly": { name: "Text only", modalities: { input: ["text"], output: ["text"] } },
    },
    offerings: {
      "a/one": { model: "a/one", apiId: "one", prices: [price("2025-01-01", 1, 4)] },
      "a/two": { model: "a/two", apiId: "two", prices: [price("2025-01-01", 1.1, 4)] },
      "b/near": { model: "b/near", apiId: "near", prices: [price("2025-01-01", 1.5, 5)] },
      "b/far": { model: "b/far", apiId: "far", prices: [price("2025-01-01", 30, 60)] },
      "b/textonly": { model: "b/textonly", apiId: "t", prices: [price("2025-01-01", 1, 4)] },
    },
  });
  const views = buildViews(c);
  const one = views.byId.get("a/one")!;

  it("lists family siblings newest first", () =>
    expect(siblings(views, one).map((m) => m.entry.id)).toEqual(["a/two"]));

  it("finds models with the same inputs within a factor of 3 in price, nearest first, without siblings", () => {
    expect(similarModels(views, one).map((m) => m.entry.id)).toEqual(["b/near"]);
  });

  it("starts from the first model at this price among many, equal prices first, cheaper before dearer on a tie", () => {
    const prices: Record<string, number> = { p1: 1, p2a: 2, p2b: 2, p2c: 2, p4: 4, p7: 7, p05: 0.5, p06: 0.6 };
    const many = catalog({
      providers: { a: {} },
      models: Object.fromEntries(Object.keys(prices).map((id) => [`a/${id}`, { name: id, family: id }])),
      offerings: Object.fromEntries(
        Object.entries(prices).map(([id, p]) => [
          `a/${id}`,
          { model: `a/${id}`, apiId: id, prices: [price("2025-01-01", p, p)] },
        ]),
      ),
    });
    const v = buildViews(many);
    // From 2: the other 2s (distance 0), then 1 and 4 (both a factor of 2: the cheaper first); 0.6 is
    // within a factor of 3.4, 7 of 3.5: neither.
    expect(similarModels(v, v.byId.get("a/p2b")!).map((m) => m.entry.id)).toEqual(["a/p2a", "a/p2c", "a/p1", "a/p4"]);
    expect(similarModels(v, v.byId.get("a/p05")!).map((m) => m.entry.id)).toEqual(["a/p06", "a/p1"]);
  });
});

describe("nearestSiblings", () => {
  const models: Record<string, object> = {};
  const offerings: Record<string, object> = {};
  // A family of 16: this model (2025-06), 12 chat siblings a month apart, a retired one and a speech model released the same day.
  const add = (id: string, data: object) => {
    models[id] = { family: "big", ...data };
    offerings[id] = { model: id, apiId: id.split("/")[1], prices: [price("2025-01-01", 1, 4)] };
  };
  add("a/this", { name: "This", releaseDate: "2025-06-15" });
  for (let i = 1; i <= 12; i++) add(`a/m${i}`, { name: `M${i}`, releaseDate: `2025-${String(i).padStart(2, "0")}-01` });
  add("a/old", { name: "Old", releaseDate: "2025-06-15", status: "retired" });
  add("a/tts", { name: "TTS", releaseDate: "2025-06-15", kind: "speech" });
  const views = buildViews(catalog({ providers: { a: {} }, models, offerings }));
  const model = views.byId.get("a/this")!;

  it("keeps a small family whole", () => {
    expect(nearestSiblings(views, model, 20)).toMatchObject({ total: 14 });
    expect(nearestSiblings(views, model, 20).shown).toHaveLength(14);
  });

  it("cuts a large one to the siblings of the same kind, still served, released nearest, newest first", () => {
    const { shown, total } = nearestSiblings(views, model, 4);
    expect(total).toBe(14);
    expect(shown.map((m) => m.entry.id)).toEqual(["a/m8", "a/m7", "a/m6", "a/m5"]);
  });
});
