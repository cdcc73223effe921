/**
 * Stable serialization of records: keys in the order the zod schema declares them (so diffs are
 * reviewable and the same input always gives the same bytes), 2-space JSON, trailing newline.
 */
import type { z } from "zod";

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
};

const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** Returns a copy of `value` whose object keys follow `schema`'s declaration order; undefined keys dropped. */
export function orderBySchema(schema: z.ZodType, value: unknown): unknown {
  const def = defOf(schema);
  if (!def || value === null || value === undefined) return value;
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
    case "prefault":
    case "nonoptional":
      return orderBySchema(def.innerType!, value);
    case "pipe":
      return orderBySchema(def.in!, value);
    case "array":
      return Array.isArray(value) ? value.map((v) => orderBySchema(def.element!, v)) : value;
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const shape = def.shape!;
      for (const key of Object.keys(shape))
        if (input[key] !== undefined) out[key] = orderBySchema(shape[key]!, input[key]);
      for (const key of Object.keys(input).sort())
        if (!(key in shape) && input[key] !== undefined) out[key] = input[key];
      return out;
    }
    default:
      return value;
  }
}

/** The file text of a record: schema key order, 2-space indent, trailing newline. */
export function serialize(schema: z.ZodType, record: unknown): string {
  return JSON.stringify(orderBySchema(schema, record), null, 2) + "\n";
}
