import { describe, expect, it } from "vitest";
import type { OfferingView } from "~/views/catalog-views";
import { providerRows, variantLabel } from "~/views/provider-rows";

const offering = (id: string, data: { regions?: string[]; variant?: string } = {}) =>
  ({ entry: { id, provider: id.split("/")[0], data: { apiId: id, ...data } } }) as unknown as OfferingView;

describe("providerRows", () => {
  it("puts a provider's offerings of one model together, the first as its row, the others as labelled variants", () => {
    const rows = providerRows([
      offering("amazon-bedrock/anthropic.claude-haiku-4-5"),
      offering("anthropic/claude-haiku-4-5"),
      offering("amazon-bedrock/us.anthropic.claude-haiku-4-5", { regions: ["us"] }),
      offering("amazon-bedrock/eu.anthropic.claude-haiku-4-5", { regions: ["eu"] }),
      offering("llmgateway/claude-haiku-4-5-free", { variant: "free" }),
    ]);
    expect(rows.map((r) => [r.offering.entry.id, r.index, r.of, r.variant])).toEqual([
      ["amazon-bedrock/anthropic.claude-haiku-4-5", 0, 3, "standard"],
      ["amazon-bedrock/us.anthropic.claude-haiku-4-5", 1, 3, "US region"],
      ["amazon-bedrock/eu.anthropic.claude-haiku-4-5", 2, 3, "EU region"],
      ["anthropic/claude-haiku-4-5", 0, 1, ""],
      ["llmgateway/claude-haiku-4-5-free", 0, 1, ""],
    ]);
  });

  it("labels region and tier together", () => {
    expect(variantLabel(offering("x/y", { regions: ["global"], variant: "free" }))).toBe("global region, free tier");
  });
});
