/**
 * The MCP server as a client sees it: started over stdio with the documented command
 * (`npm run -s mcp -- --dist <dir>`), driven by the SDK's client, against a small fixture site
 * (tests/fixtures/mcp/, files in the published API shapes).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ApiModel, ApiModelRedirect } from "~/schemas/api";
import { ApiFind } from "~/schemas/api-find";

const DIST = "tests/fixtures/mcp";
const read = (path: string) => JSON.parse(readFileSync(`${DIST}/${path}`, "utf8"));

let client: Client;
// The tools answer JSON as text; an error is `isError` with a message.
async function call(name: string, args: Record<string, unknown>) {
  const result = (await client.callTool({ name, arguments: args })) as {
    isError?: boolean;
    content: { type: string; text: string }[];
  };
  const text = result.content[0]!.text;
  return { error: result.isError ? text : undefined, value: result.isError ? undefined : JSON.parse(text) };
}

beforeAll(async () => {
  client = new Client({ name: "atlas-test", version: "1.0.0" });
  await client.connect(
    new StdioClientTransport({ command: "npm", args: ["run", "-s", "mcp", "--", "--dist", DIST], stderr: "pipe" }),
  );
}, 60_000);
afterAll(async () => {
  await client?.close();
});

describe("MCP server over stdio", () => {
  it("reads fixture files that have the published shapes", () => {
    expect(() => ApiFind.parse(read("api/find.json"))).not.toThrow();
    expect(() => ApiFind.parse(read("api/find-ended.json"))).not.toThrow();
    expect(() => ApiModel.parse(read("api/models/acme/fast.json"))).not.toThrow();
    expect(() => ApiModel.parse(read("api/models/beta/vision.json"))).not.toThrow();
    expect(() => ApiModelRedirect.parse(read("api/models/acme/old-fast.json"))).not.toThrow();
  });

  it("lists its four tools", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["compare_models", "find_cheapest", "get_model", "search_models"]);
  });

  it("search_models finds models by name, live ones first", async () => {
    const { value } = await call("search_models", { query: "acme" });
    expect(value.models.map((m: { id: string }) => m.id)).toEqual(["acme/fast", "acme/ancient"]);
    expect(value.models[1].retired).toBe(true);
    expect(value.models[0].url).toBe("https://atlas.example/models/acme/fast/");
  });

  it("get_model follows a merged id to its model and gives live prices with date and source", async () => {
    const { value } = await call("get_model", { id: "acme/old-fast" });
    expect(value.id).toBe("acme/fast");
    expect(value.requested).toBe("acme/old-fast");
    expect(value.offerings).toHaveLength(2);
    expect(value.offerings[1].prices).toEqual({
      input: 0.5,
      cachedInput: null,
      output: 2,
      from: "2026-04-15",
      source: "Fixture price list",
    });
    const missing = await call("get_model", { id: "nobody/nothing" });
    expect(missing.error).toMatch(/no model "nobody\/nothing"/);
  });

  it("compare_models prices each model at its cheapest offering for the workload", async () => {
    const { value } = await call("compare_models", { models: ["acme/fast", "beta/vision@beta"], requestsPerDay: 100 });
    // 100 requests a day for 30 days of 2,000 in and 500 out: 6M input and 1.5M output tokens.
    expect(value.models[0].offering.id).toBe("cloud/acme-fast");
    expect(value.models[0].workloadCost.perMonth).toBeCloseTo(6 * 0.5 + 1.5 * 2);
    expect(value.models[1].workloadCost.perMonth).toBeCloseTo(6 * 0.2 + 1.5 * 0.8);
  });

  it("find_cheapest ranks as /find/ does: by monthly cost, maker's price beside, unpriced apart", async () => {
    const ask = { input: ["image"], capabilities: ["toolCalling"], minContext: 128_000 };
    const { value } = await call("find_cheapest", ask);
    // 1,000 requests a day of 2,000 in and 500 out: 60M input and 15M output tokens a month.
    expect(value.ranked.map((r: { model: string }) => r.model)).toEqual(["beta/vision", "acme/fast"]);
    expect(value.ranked[0].cheapest.perMonth).toBeCloseTo(60 * 0.2 + 15 * 0.8);
    expect(value.ranked[1].cheapest).toMatchObject({ offering: "cloud/acme-fast", pricesFrom: "2026-04-15" });
    expect(value.ranked[1].cheapest.perMonth).toBeCloseTo(60);
    expect(value.ranked[1].makerOwn.perMonth).toBeCloseTo(120);
    expect(value.unpriced).toEqual([{ model: "gamma/noprice", name: "Gamma No Price", missingPrices: ["output"] }]);
    expect(value.url).toBe("https://atlas.example/find/?input=image&cap=toolCalling&context=128000");

    const ended = await call("find_cheapest", { ...ask, includeEnded: true });
    expect(ended.value.ranked[0].model).toBe("acme/ancient");
    const open = await call("find_cheapest", { ...ask, openWeights: true, benchmark: "fixture-bench", minScore: 50 });
    expect(open.value.ranked.map((r: { model: string }) => r.model)).toEqual(["beta/vision"]);
  });
});
