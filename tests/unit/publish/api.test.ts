/** Every model API record the site would publish passes the published JSON Schema and the zod schema it comes from. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "~/catalog/load-catalog";
import { modelApiRecord } from "~/publish/api";
import { ApiModel } from "~/schemas/api";
import { buildViews } from "~/views/catalog-views";
import { catalogOf, source } from "../factories";

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const root = fileURLToPath(new URL("../../../", import.meta.url));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(`${root}public/schemas/api-model.json`, "utf8")));

const fixture = buildViews(loadCatalog(`${root}tests/fixtures/validate/valid`).catalog);
const price = (input: number) => ({ from: "2026-01-01", input, output: input * 4, source: source() });
const inMemory = buildViews(
  catalogOf({
    providers: { openai: {}, plan: { billing: "subscription" } },
    models: { "openai/nano": { name: "Nano" } },
    offerings: {
      "openai/nano": { model: "openai/nano", apiId: "nano", prices: [price(0.1)] },
      "plan/nano": { model: "openai/nano", apiId: "nano", prices: [price(0)] },
      "openai/old": { model: "openai/nano", apiId: "old", status: "retired", prices: [] },
    },
  }),
);

describe("model API records", () => {
  const cases = [
    ...fixture.models.map((m) => [m, fixture] as const),
    ...inMemory.models.map((m) => [m, inMemory] as const),
  ];

  it.each(cases.map(([m, v]) => [m.entry.id, m, v] as const))("%s passes the published schema", (_id, model, views) => {
    const record = JSON.parse(JSON.stringify(modelApiRecord(model, views, "https://modelatlas.dev")));
    expect(validate(record) ? [] : validate.errors).toEqual([]);
    expect(ApiModel.safeParse(record).success).toBe(true);
  });

  it("marks subscription offerings, so the browser never calls them cheapest", () => {
    const record = modelApiRecord(inMemory.byId.get("openai/nano")!, inMemory, "https://modelatlas.dev");
    expect(record.offerings.filter((o) => o.subscription).map((o) => o.id)).toEqual(["plan/nano"]);
  });
});
