/**
 * Reads one curated JSON file of decisions beside the records (`content/curated/*.json`) and checks
 * it with its schema. A missing file is no decisions; a broken or invalid one is reported in
 * `problems` (file, field, what was expected and found) and read as none.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { parseJson } from "./content";
import { problemsFromZod, type Problem } from "./problems";

export function readCuratedFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  problems: Problem[],
): z.output<S> | undefined {
  const path = join(root, file);
  if (!existsSync(path)) return undefined;
  const { value, problem } = parseJson(readFileSync(path, "utf8"), file);
  if (problem) {
    problems.push(problem);
    return undefined;
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error, value));
    return undefined;
  }
  return result.data;
}
