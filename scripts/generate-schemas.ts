/**
 * `npm run schemas`: writes the JSON Schema of each record type to `public/schemas/<entity>.json`,
 * generated from the zod schemas, so editors can check records through their `$schema` key and the
 * site publishes them at `/schemas/<entity>.json`. `--check` fails if a committed file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { jsonSchemas } from "../src/lib/json-schemas";

const check = process.argv.includes("--check");
mkdirSync("public/schemas", { recursive: true });
let stale = 0;
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const path = `public/schemas/${name}.json`;
  const text = JSON.stringify(schema, null, 2) + "\n";
  if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
  if (check) {
    console.error(`${path}: out of date with src/schemas (run npm run schemas)`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);
