/**
 * `npm run schemas`: writes the JSON Schema of each record type to `public/schemas/<entity>.json`,
 * generated from the zod schemas, so editors can check records through their `$schema` key and the
 * site publishes them at `/schemas/<entity>.json`. `--check` fails if a committed file is stale.
 * (`npm run build` brings them up to date too.)
 */
import { syncJsonSchemas } from "../src/publish/json-schemas";

const check = process.argv.includes("--check");
const touched = syncJsonSchemas("public/schemas", { check });
for (const path of touched)
  console[check ? "error" : "log"](
    check ? `${path}: out of date with src/schemas (run npm run schemas)` : `wrote ${path}`,
  );
if (check && touched.length) process.exit(1);
