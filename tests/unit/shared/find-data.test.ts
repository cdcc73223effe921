import { describe, expect, it } from "vitest";
import { decodeFind, type FindFile } from "~/shared/find-data";
import { DEFAULT_REQUIREMENTS, findCheapest } from "~/shared/find";
import {
  describeRequirements,
  describeWorkload,
  findRowsHtml,
  rowCompareHref,
  topCompareHref,
} from "~/shared/find-render";
import { DEFAULT_WORKLOAD } from "~/shared/workload-table";

const meta = {
  $schema: "https://x.test/schemas/find.json",
  apiVersion: 1 as const,
  dataLicense: { name: "CC-BY-4.0", url: "https://x.test/l", terms: "https://x.test/t", attribution: "x" },
  built: "2026-06-01",
  benchmarks: [],
  sources: [{ name: "List", retrieved: "2026-05-01" }],
};
const live: FindFile = {
  ...meta,
  scope: "live",
  providers: { acme: "Acme", host: "Host" },
  models: [
    {
      id: "acme/m",
      name: "M",
      creatorName: "Acme",
      status: "active",
      limits: { context: 200_000, maxOutput: 8_000 },
      modalities: { input: ["text", "image"], output: ["text"] },
      capabilities: { toolCalling: true, reasoning: false },
      offerings: [
        {
          id: "acme/m",
          provider: "acme",
          status: "active",
          current: { from: "2026-05-01", input: 1, output: 4, source: 0 },
        },
        {
          id: "host/m@odd(id)",
          provider: "host",
          status: "active",
          current: { from: "2026-04-01", input: 0.5, output: 2, source: 0 },
          limits: { context: 32_000 },
          capabilities: { reasoning: true },
        },
      ],
    },
  ],
};
const ended: FindFile = {
  ...meta,
  scope: "ended",
  providers: { old: "Old" },
  models: [
    {
      id: "acme/m",
      name: "M",
      creatorName: "Acme",
      status: "active",
      offerings: [{ id: "old/m", provider: "old", status: "retired", current: null }],
    },
  ],
};

describe("decodeFind", () => {
  it("merges an offering's overrides over the model's facts and resolves sources and providers", () => {
    const { models } = decodeFind(live);
    const [own, host] = models[0]!.offerings;
    expect(own).toMatchObject({
      firstParty: true,
      providerName: "Acme",
      limits: { context: 200_000, maxOutput: 8_000 },
    });
    expect(own!.current?.source).toEqual({ name: "List", retrieved: "2026-05-01" });
    expect(host).toMatchObject({
      firstParty: false,
      limits: { context: 32_000, maxOutput: 8_000 },
      capabilities: { toolCalling: true, reasoning: true },
      modalities: { input: ["text", "image"], output: ["text"] },
    });
  });

  it("gathers the ended file's offerings under the same model", () => {
    const { models } = decodeFind(live, ended);
    expect(models).toHaveLength(1);
    expect(models[0]!.offerings.map((o) => o.id)).toEqual(["acme/m", "host/m@odd(id)", "old/m"]);
  });

  it("feeds the ranking: an override decides whether an offering qualifies", () => {
    const { models } = decodeFind(live);
    const big = findCheapest(models, { ...DEFAULT_REQUIREMENTS, minContext: 128_000 }, DEFAULT_WORKLOAD);
    expect(big.ranked[0]!.cheapest.offering.id).toBe("acme/m");
    const any = findCheapest(models, DEFAULT_REQUIREMENTS, DEFAULT_WORKLOAD);
    expect(any.ranked[0]!.cheapest.offering.id).toBe("host/m@odd(id)");
  });
});

describe("find renderer", () => {
  const { models } = decodeFind(live);
  const row = findCheapest(models, DEFAULT_REQUIREMENTS, DEFAULT_WORKLOAD).ranked[0]!;

  it("prints the monthly cost as the calculator does, with the price date and the maker's price", () => {
    const html = findRowsHtml([row], DEFAULT_WORKLOAD);
    expect(html).toContain('<span class="cost">$60.00</span>');
    expect(html).toContain('<time datetime="2026-04-01">Apr 1, 2026</time>');
    expect(html).toContain('<span class="cost">$120.00</span>');
    expect(html).toContain('href="/models/acme/m/"');
  });

  it("links to compare with a ref the compare page reads (the provider when the offering id cannot be written)", () => {
    expect(rowCompareHref(row, undefined, { ...DEFAULT_WORKLOAD, requestsPerDay: 10 })).toBe(
      "/compare/?models=acme/m@host&perDay=10",
    );
  });

  it("links the three cheapest to compare, or nothing for fewer than two", () => {
    const two = findCheapest(
      decodeFind({ ...live, models: [live.models[0]!, { ...live.models[0]!, id: "acme/n", name: "N" }] }).models,
      DEFAULT_REQUIREMENTS,
      DEFAULT_WORKLOAD,
    ).ranked;
    expect(topCompareHref(two, DEFAULT_WORKLOAD)).toBe("/compare/?models=acme/m@host,acme/n@host");
    expect(topCompareHref([row], DEFAULT_WORKLOAD)).toBe("");
  });

  it("says the question in words", () => {
    expect(describeRequirements({ ...DEFAULT_REQUIREMENTS, input: ["image"], minContext: 128_000 })).toBe(
      "chat models, taking image, context ≥ 128,000 tokens, live offerings only",
    );
    expect(describeWorkload({ ...DEFAULT_WORKLOAD, cacheShare: 0.5 })).toBe(
      "1,000 requests a day of 2,000 input and 500 output tokens (50% of input read from cache)",
    );
  });
});
