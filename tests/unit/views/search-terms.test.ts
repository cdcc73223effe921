import { describe, expect, it } from "vitest";
import { Model, Offering, Provider } from "~/schemas";
import type { Catalog, ModelEntry, OfferingEntry, ProviderEntry } from "~/catalog/load-catalog";
import { buildViews } from "~/views/catalog-views";
import { idParts, idVariants, identityWeight, isPrimaryPage, modelFacets, modelIds } from "~/views/search-terms";
import {
  describeResult,
  exactNameFirst,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateToParams,
} from "~/shared/search-state";
import { validModel, validOffering, validPriceEntry, validProvider } from "../factories";

function catalog(
  models: Record<string, Parameters<typeof validModel>[0]>,
  offerings: Record<string, Parameters<typeof validOffering>[0]> = {},
): Catalog {
  const providers = new Map<string, ProviderEntry>();
  for (const [id, name] of [
    ["openai", "OpenAI"],
    ["302ai", "302.AI"],
    ["openrouter", "OpenRouter"],
  ] as const) {
    providers.set(id, {
      id,
      data: Provider.parse(validProvider({ name })),
      files: [],
      origin: "curated",
    } as ProviderEntry);
  }
  const modelMap = new Map<string, ModelEntry>();
  for (const [id, overrides] of Object.entries(models)) {
    const [creator, slug] = [id.slice(0, id.indexOf("/")), id.slice(id.indexOf("/") + 1)];
    modelMap.set(id, {
      id,
      creator,
      slug,
      data: Model.parse(validModel(overrides)),
      files: [],
      origin: "curated",
    } as ModelEntry);
  }
  const offeringMap = new Map<string, OfferingEntry>();
  for (const [id, overrides] of Object.entries(offerings)) {
    offeringMap.set(id, {
      id,
      provider: id.slice(0, id.indexOf("/")),
      data: Offering.parse(validOffering(overrides)),
      files: [],
      origin: "curated",
    } as OfferingEntry);
  }
  return { providers, models: modelMap, offerings: offeringMap, benchmarks: new Map() };
}

describe("idParts and idVariants", () => {
  it("splits ids on punctuation and spaces, lower-cased", () => {
    expect(idParts("GPT-4.1 nano")).toEqual(["gpt", "4", "1", "nano"]);
    expect(idParts("openrouter/openai/gpt-4.1-nano:free")).toEqual([
      "openrouter",
      "openai",
      "gpt",
      "4",
      "1",
      "nano",
      "free",
    ]);
    expect(idParts("models/gemini_2.5@001")).toEqual(["models", "gemini", "2", "5", "001"]);
  });

  it("glues every run of consecutive parts, longest first, without repeats", () => {
    expect(idVariants(["gpt-4.1-nano"])).toEqual([
      "gpt41nano",
      "41nano",
      "1nano",
      "gpt41",
      "gpt4",
      "nano",
      "gpt",
      "41",
      "1",
      "4",
    ]);
    expect(idVariants(["a-b", "b-a"])).toEqual(["ab", "ba", "a", "b"]);
  });

  it("covers the ways people write a snapshot id, as pagefind normalises queries", () => {
    const variants = idVariants(["gpt-4.1-nano-2025-04-14"]);
    // Pagefind drops punctuation inside a query word: `4.1-nano` → `41nano`, `gpt-4.1-nano-2025-04-14` → one word.
    for (const word of ["gpt41nano20250414", "41nano", "gpt41", "nano", "20250414", "gpt"])
      expect(variants).toContain(word);
    expect(variants).not.toContain("gpt-4.1-nano");
  });

  it("bounds runs to maxParts parts", () => {
    const variants = idVariants(["a-b-c-d"], 2);
    expect(variants).not.toContain("abc");
    expect(variants).toContain("cd");
  });
});

describe("model identity for search", () => {
  const views = buildViews(
    catalog(
      {
        "openai/gpt-4.1-nano": {
          snapshots: [{ id: "gpt-4.1-nano-2025-04-14", date: "2025-04-14" }],
          aliases: [{ id: "gpt-4.1-nano", pointsTo: "gpt-4.1-nano-2025-04-14" }],
        },
        "openai/gpt-4.1-nano-2025-04-14": { name: "gpt-4.1-nano-2025-04-14" },
        "302ai/gpt-4.1-nano": { name: "gpt-4.1-nano", creatorUnknown: true },
      },
      {
        "openai/gpt-4.1-nano": {},
        "openrouter/openai/gpt-4.1-nano": {
          apiId: "openai/gpt-4.1-nano",
          prices: [validPriceEntry({ input: 0.12, output: 0.48 })],
        },
      },
    ),
  );
  const nano = views.byId.get("openai/gpt-4.1-nano")!;
  const snapshotRecord = views.byId.get("openai/gpt-4.1-nano-2025-04-14")!;
  const hosted = views.byId.get("302ai/gpt-4.1-nano")!;

  it("collects the model's id, slug, snapshots, aliases and every provider's API id, once each", () => {
    expect(modelIds(nano)).toEqual(["openai/gpt-4.1-nano", "gpt-4.1-nano", "gpt-4.1-nano-2025-04-14"]);
  });

  it("treats the maker's own record as primary, and host-only or snapshot records as secondary", () => {
    expect(isPrimaryPage(nano, views.modelsByCreator.get("openai")!)).toBe(true);
    expect(isPrimaryPage(snapshotRecord, views.modelsByCreator.get("openai")!)).toBe(false);
    expect(isPrimaryPage(hosted, views.modelsByCreator.get("302ai")!)).toBe(false);
    expect(identityWeight(true)).toBeGreaterThan(7); // above an h1
    expect(identityWeight(false)).toBeLessThan(identityWeight(true));
  });

  it("gives filters, sorts and metadata from known facts only", () => {
    const facets = modelFacets(nano);
    expect(facets.meta).toMatchObject({
      name: "GPT-4.1 nano",
      creator: "OpenAI",
      input: "0.1",
      output: "0.4",
      context: "1047576",
    });
    expect(facets.sorts).toEqual({ price: "0.1", context: "1047576", released: "2025-04-14" });
    expect(facets.filters.provider).toEqual(["OpenAI", "OpenRouter"]);
    expect(facets.filters.input).toEqual(["Text", "Image"]);
    expect(facets.filters.capability).toEqual(["Tool calling"]); // reasoning is false, the rest unknown
    expect(facets.filters.weights).toEqual([]); // openWeights unknown
    expect(facets.filters.status).toEqual(["Active"]);
  });

  it("leaves an unknown price out of the metadata and the price sort, never 0", () => {
    const facets = modelFacets(snapshotRecord);
    expect(facets.meta.input).toBeUndefined();
    expect(facets.sorts.price).toBeUndefined();
    expect(modelFacets(hosted).filters.creator).toEqual([]);
  });
});

describe("search page state in the URL", () => {
  it("round-trips query, repeated filters and sort in a stable order", () => {
    const state = parseSearchState(
      new URLSearchParams("sort=price&creator=OpenAI&q=+nano+&creator=Google&provider=Azure&creator=OpenAI"),
    );
    expect(state).toEqual({
      q: "nano",
      filters: { creator: ["OpenAI", "Google"], provider: ["Azure"] },
      sort: "price",
    });
    expect(searchStateToParams(state).toString()).toBe(
      "q=nano&creator=OpenAI&creator=Google&provider=Azure&sort=price",
    );
  });

  it("ignores unknown keys, empty values and unknown sorts", () => {
    expect(parseSearchState(new URLSearchParams("foo=1&creator=&sort=cheapest"))).toEqual({ q: "", filters: {} });
  });

  it("maps the state to pagefind's filter and sort options", () => {
    const state = parseSearchState(
      new URLSearchParams("creator=OpenAI&creator=Google&capability=Reasoning&sort=context"),
    );
    expect(pagefindFilters(state)).toEqual({
      creator: { any: ["OpenAI", "Google"] },
      capability: { any: ["Reasoning"] },
    });
    expect(pagefindSort(state)).toEqual({ context: "desc" });
    expect(pagefindSort({ q: "", filters: {} })).toBeUndefined();
  });
});

describe("exactNameFirst", () => {
  const page = (name: string, aka = true) => ({ meta: { name, ...(aka ? { aka: name } : {}) } });
  const names = (rs: { meta: { name?: string } }[]) => rs.map((r) => r.meta.name);

  it("moves the model named exactly as the query first, keeping pagefind's order otherwise", () => {
    const results = [page("o3 Mini High"), page("o3 Pro"), page("o3"), page("o4 Mini")];
    expect(names(exactNameFirst(results, "o3"))).toEqual(["o3", "o3 Mini High", "o3 Pro", "o4 Mini"]);
    expect(names(exactNameFirst(results, " O3 "))[0]).toBe("o3");
    expect(names(exactNameFirst([page("A"), page("GPT-4.1 nano")], "gpt 4.1-nano"))).toEqual(["GPT-4.1 nano", "A"]);
  });

  it("leaves the order alone without an exact name, for pages that are not a model's own, and for no query", () => {
    const results = [page("GPT-4.1 nano"), page("gpt-4.1-nano-2025-04-14", false)];
    expect(exactNameFirst(results, "gpt-4.1-nano-2025-04-14")).toEqual(results);
    expect(exactNameFirst(results, "nano")).toEqual(results);
    expect(exactNameFirst(results, " - ")).toEqual(results);
  });
});

describe("describeResult", () => {
  it("prints creator, cheapest prices and context", () => {
    expect(describeResult({ creator: "OpenAI", input: "0.1", output: "0.4", context: "1047576" })).toBe(
      "OpenAI · $0.10 in / $0.40 out per 1M · 1.05M context",
    );
  });
  it("prints unknown as —, free as Free", () => {
    expect(describeResult({ creator: "Meta", output: "0" })).toBe("Meta · — in / Free out per 1M · context —");
  });
  it("labels provider pages", () => {
    expect(describeResult({ kind: "provider", name: "OpenRouter" })).toBe("Provider");
  });
});
