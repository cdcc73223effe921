/**
 * The LiteLLM price file's `mode` per model key, read from the history file the project keeps of it
 * (`{versions, models: {<key>: [{date, commit, entry}]}}`, entries null once removed). The mode of a
 * key is that of its latest entry that still exists. Keys are lower-cased; provider-prefixed keys
 * (`azure/…`) are left out, as they name an offering, not a model.
 */
import { readFileSync } from "node:fs";

interface HistoryShape {
  models?: Record<string, { date?: string; entry?: { mode?: unknown } | null }[]>;
}

/** Modes by key from the parsed history file; throws with the reason when its shape is not the expected one. */
export function litellmModes(data: unknown, file = "the LiteLLM history"): Map<string, string> {
  const models = (data as HistoryShape | null)?.models;
  if (!models || typeof models !== "object")
    throw new Error(`${file}: expected an object with "models" (key -> dated entries), found ${typeof models}`);
  const out = new Map<string, string>();
  for (const [key, versions] of Object.entries(models)) {
    if (!Array.isArray(versions) || key.includes("/")) continue;
    const latest = [...versions].reverse().find((v) => v?.entry && typeof v.entry.mode === "string");
    if (latest) out.set(key.toLowerCase(), latest.entry!.mode as string);
  }
  return out;
}

/** Reads `history.json`; errors name the file. */
export function readLitellmModes(path: string): Map<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`cannot read the LiteLLM history ${path}: ${(error as Error).message}`, { cause: error });
  }
  return litellmModes(data, path);
}
