import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// Browser bundles must stay small: the schemas (zod) are for the build and scripts only. A value
// import of src/schemas from browser code would ship zod to every page that uses it.
test("no browser bundle ships zod", () => {
  const files = readdirSync("dist/_astro").filter((f) => f.endsWith(".js"));
  expect(files.length).toBeGreaterThan(0);
  const withZod = files.filter((f) => /ZodError|\$ZodType/.test(readFileSync(`dist/_astro/${f}`, "utf8")));
  expect(withZod).toEqual([]);
});
