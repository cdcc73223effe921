/** Top-level upstream fields the importer knows, and the report of those it does not map. */
import { isTable, type Reporter } from "./fields";
import type { Table } from "./types";

/** Top-level keys the importer knows; anything else is reported once as an ignored field. */
const KNOWN_FIELDS = new Set([
  "name",
  "family",
  "release_date",
  "last_updated",
  "attachment",
  "reasoning",
  "temperature",
  "knowledge",
  "tool_call",
  "structured_output",
  "open_weights",
  "cost",
  "limit",
  "modalities",
  "base_model",
  "base_model_omit",
  "extends", // the 2026 spelling of base_model (see inherit.ts)
  "reasoning_options", // request parameters for reasoning effort: not in our schema
  "interleaved", // where reasoning text is returned: not in our schema
  "provider", // per-model API override (npm package, URL, shape): not in our schema
  "experimental",
  "benchmarks",
  "weights",
  "links",
  "status",
  "license",
]);

/** Reports top-level fields the importer does not know, and experimental prices it skips. */
export function reportUnmapped(data: Table, r: Reporter): void {
  for (const key of Object.keys(data).sort()) {
    if (!KNOWN_FIELDS.has(key))
      r.add({ kind: "unknown-field", key, reason: "field not known to the importer; ignored" });
  }
  const modes = isTable(data.experimental) && isTable(data.experimental.modes) ? data.experimental.modes : undefined;
  for (const mode of Object.keys(modes ?? {}).sort()) {
    const m = modes![mode];
    if (isTable(m) && m.cost !== undefined) {
      r.add({
        kind: "skipped-cost",
        key: `experimental.modes.${mode}.cost`,
        reason: `prices of the experimental "${mode}" mode (a request option, not the offering's standard price); not imported`,
      });
    }
  }
}
