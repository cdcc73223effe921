import { z } from "zod";
import { Benchmark, Model, ModelProse, Offering, Provider } from "../schemas";
import { ApiCatalog, ApiModel } from "../schemas/api";

const SITE_SCHEMAS = "/schemas";

const withId = (name: string, schema: z.ZodType, io: "input" | "output") => ({
  $id: `${SITE_SCHEMAS}/${name}.json`,
  ...z.toJSONSchema(schema, { io, unrepresentable: "any" }),
});

/**
 * JSON Schemas keyed by the file name they are published under: the record types (the input shape
 * an editor writes, defaults optional) and the API files (the output shape the site serves).
 */
export function jsonSchemas(): Record<string, object> {
  const records = { provider: Provider, model: Model, offering: Offering, benchmark: Benchmark, "model-prose": ModelProse };
  const api = { "api-model": ApiModel, catalog: ApiCatalog };
  return {
    ...Object.fromEntries(Object.entries(records).map(([name, schema]) => [name, withId(name, schema, "input")])),
    ...Object.fromEntries(Object.entries(api).map(([name, schema]) => [name, withId(name, schema, "output")])),
  };
}
