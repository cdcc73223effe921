import { z } from "zod";
import { Benchmark, Model, ModelProse, Offering, Provider } from "../schemas";

const SITE_SCHEMAS = "/schemas";

/** JSON Schemas of the record types, keyed by the file name they are published under. */
export function jsonSchemas(): Record<string, object> {
  const entities = { provider: Provider, model: Model, offering: Offering, benchmark: Benchmark, "model-prose": ModelProse };
  return Object.fromEntries(
    Object.entries(entities).map(([name, schema]) => [
      name,
      { $id: `${SITE_SCHEMAS}/${name}.json`, ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) },
    ]),
  );
}
