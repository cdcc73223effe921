import { describe, expect, it } from "vitest";
import { buildViews } from "~/views/catalog-views";
import { crossCheck } from "~/views/data-quality";
import { catalogOf, source } from "../factories";

const entry = (from: string, input: number, output: number, name = "models.dev") => ({
  from,
  input,
  output,
  source: source({ name }),
});

describe("crossCheck", () => {
  const c = catalogOf({
    providers: { openai: {} },
    models: { "openai/a": { name: "A" }, "openai/b": { name: "B" }, "openai/c": { name: "C" } },
    offerings: {
      "openai/a": { model: "openai/a", apiId: "a", prices: [entry("2026-01-01", 1, 2)] },
      "openai/b": { model: "openai/b", apiId: "b", prices: [entry("2026-01-01", 1, 2)] },
      "openai/c": {
        model: "openai/c",
        apiId: "c",
        prices: [entry("2026-01-01", 1, 2), entry("2026-06-01", 3, 4, "The provider's price page")],
      },
    },
  });
  const theirs = (input: number, output: number) => ({
    name: "Second",
    key: "k",
    current: entry("2026-02-01", input, output, "Second"),
    filled: [],
    disagrees: [],
  });
  c.offerings.get("openai/a")!.second = [theirs(1, 2)];
  c.offerings.get("openai/b")!.second = [theirs(1, 2.5)];
  c.offerings.get("openai/c")!.second = [theirs(1, 2)];
  // openai/c's newest entry was written by a curated record, from the page it cites.
  const cEntry = c.offerings.get("openai/c")!;
  cEntry.parts = [
    {
      file: "content/imported/models-dev/offerings/openai/c.json",
      data: { ...cEntry.data, prices: [cEntry.data.prices[0]!] },
    },
    { file: "content/curated/offerings/openai/c.json", data: { ...cEntry.data, prices: [cEntry.data.prices[1]!] } },
  ];
  const [check] = crossCheck(buildViews(c));

  it("counts agreements and lists each difference with both dates", () => {
    expect(check).toMatchObject({ source: "Second", matched: 3, agree: 1 });
    expect(check!.differ.find((d) => d.offering === "openai/b")).toEqual({
      offering: "openai/b",
      fields: ["output"],
      oursFrom: "2026-01-01",
      theirsFrom: "2026-02-01",
      explained: true,
    });
  });

  it("counts a difference as confirmed only when a curated record or decision checked our entry", () => {
    expect(check!.confirmed).toBe(1);
    expect(check!.differ.find((d) => d.offering === "openai/c")?.confirmedBy).toBe("The provider's price page");
    expect(check!.differ.find((d) => d.offering === "openai/b")?.confirmedBy).toBeUndefined();
  });
});
