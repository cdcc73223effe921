import type { z } from "zod";

/** One thing wrong (or worth a look) in a content file. */
export interface Problem {
  /** Path of the file, relative to the project root, e.g. `content/curated/models/openai/gpt-4.1-nano.json`. */
  file: string;
  /** Dotted path of the field inside the record, or "" for the whole file. */
  field: string;
  message: string;
  level: "error" | "warning";
}

/** `content/x.json: prices.0.input: must be a number (expected number, found "0.1")` */
export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.file}: ${p.field}` : p.file;
  return `${where}: ${p.level === "warning" ? "warning: " : ""}${p.message}`;
}

/** Describes a found value briefly: its type and, for scalars, the value itself. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string")
    return `string ${JSON.stringify(value.length > 60 ? value.slice(0, 57) + "..." : value)}`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Turns zod issues into problems that say the field, what was expected and what was found. */
export function problemsFromZod(file: string, error: z.ZodError, input: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({
          file,
          field: field ? `${field}.${key}` : key,
          message: `unknown key "${key}" (expected only the schema's keys, found "${key}")`,
          level: "error",
        });
      }
      continue;
    }
    if (issue.code === "invalid_union" && "errors" in issue && issue.errors.length) {
      // Report the branch that got furthest rather than "invalid input".
      problems.push({
        file,
        field,
        message: `${issue.message} (found ${describeValue(valueAt(input, issue.path))})`,
        level: "error",
      });
      continue;
    }
    const found = valueAt(input, issue.path);
    let message = issue.message;
    if (!/\(expected .*found .*\)$/.test(message)) {
      const expected =
        issue.code === "invalid_type"
          ? issue.expected
          : issue.code === "invalid_value"
            ? `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`
            : issue.code === "too_small" || issue.code === "too_big"
              ? `${issue.code === "too_small" ? (issue.inclusive === false ? "more than" : "at least") : issue.inclusive === false ? "less than" : "at most"} ${String(issue.code === "too_small" ? issue.minimum : issue.maximum)}${issue.origin === "array" ? " items" : issue.origin === "string" ? " characters" : ""}`
              : issue.code === "invalid_format"
                ? `format ${issue.format}`
                : "a valid value";
      // A long text is described by its length: its first characters say nothing about the limit.
      const what =
        (issue.code === "too_big" || issue.code === "too_small") && typeof found === "string"
          ? `a string of ${found.length} characters`
          : describeValue(found);
      message = `${message} (expected ${expected}, found ${what})`;
    }
    problems.push({ file, field, message, level: "error" });
  }
  return problems;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
