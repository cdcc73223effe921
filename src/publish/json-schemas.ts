import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import {
  Benchmark,
  IdentityDecisions,
  Model,
  ModelProse,
  Offering,
  PriceDecisions,
  PriceRules,
  Provider,
  SourcePrices,
} from "~/schemas";
import { ApiCatalog, ApiModel, ApiModelRedirect } from "~/schemas/api";
import { ApiIndex, ApiModelNames, ApiModelTable, ApiPriceHistoryRow } from "~/schemas/api-files";
import { ApiFind } from "~/schemas/api-find";

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
  const records = {
    provider: Provider,
    model: Model,
    offering: Offering,
    benchmark: Benchmark,
    "model-prose": ModelProse,
    "price-decisions": PriceDecisions,
    "price-rules": PriceRules,
    "source-prices": SourcePrices,
    identity: IdentityDecisions,
  };
  const api = {
    "api-model": ApiModel,
    "api-model-redirect": ApiModelRedirect,
    catalog: ApiCatalog,
    "api-index": ApiIndex,
    "model-names": ApiModelNames,
    "model-table": ApiModelTable,
    "price-history-row": ApiPriceHistoryRow,
    find: ApiFind,
  };
  return {
    ...Object.fromEntries(Object.entries(records).map(([name, schema]) => [name, withId(name, schema, "input")])),
    ...Object.fromEntries(Object.entries(api).map(([name, schema]) => [name, withId(name, schema, "output")])),
  };
}

/**
 * Brings `<dir>/<name>.json` in line with the zod schemas. With `check`, writes nothing and returns
 * the stale files instead. Returns the paths written (or found stale).
 */
export function syncJsonSchemas(dir: string, { check = false } = {}): string[] {
  mkdirSync(dir, { recursive: true });
  const touched: string[] = [];
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const path = `${dir}/${name}.json`;
    const text = JSON.stringify(schema, null, 2) + "\n";
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    if (!check) writeFileSync(path, text);
    touched.push(path);
  }
  return touched;
}
