/** The published open data: API files against their JSON Schemas, the CSV, the sitemap. */
import { expect, test } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

test("the API files validate against their published JSON Schemas", async ({ request }) => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const get = async (path: string) => (await request.get(path)).json();
  const catalogSchema = await get("/schemas/catalog.json");
  const modelSchema = await get("/schemas/api-model.json");
  const catalog = await get("/api/catalog.json");
  const model = await get("/api/models/openai/gpt-4.1-nano.json");
  const validCatalog = ajv.compile(catalogSchema);
  const validModel = ajv.compile(modelSchema);
  expect(validCatalog(catalog), JSON.stringify(validCatalog.errors?.slice(0, 5))).toBe(true);
  expect(validModel(model), JSON.stringify(validModel.errors?.slice(0, 5))).toBe(true);
  expect(catalog.models.length).toBeGreaterThan(20);
  // And a broken file does not validate: the check can fail.
  expect(validModel({ ...model, offerings: [{ ...model.offerings[0], current: { input: -1 } }] })).toBe(false);
  const csv = await (await request.get("/api/catalog.csv")).text();
  expect(csv.startsWith("offering_id,provider_id,")).toBe(true);
  expect(csv).toContain(
    "\r\nopenai/gpt-4.1-nano,openai,OpenAI,openai/gpt-4.1-nano,GPT-4.1 nano,gpt-4.1-nano,active,0.1,0.025,,0.4,0.05,0.2,",
  );
});

test("the sitemap lists every kind of page", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  for (const path of [
    "/",
    "/models/",
    "/models/openai/gpt-4.1-nano/",
    "/compare/",
    "/changes/",
    "/value/",
    "/about/",
  ]) {
    expect(xml).toContain(`<loc>https://modelatlas.dev${path}</loc>`);
  }
  expect(xml).not.toContain("/404/");
});
