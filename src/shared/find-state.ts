/**
 * The /find/ page's state, held in its URL so an answer can be shared:
 * `/find/?kind=chat&input=image&cap=toolCalling&context=128000&in=2000&out=500&perDay=1000`.
 * Requirements use the parameters below; the workload uses the compare page's parameters
 * (`WORKLOAD_PARAMS`: in, out, cache, cacheWrite, batch, perDay). Only what differs from the default is written.
 */
import type { Capabilities, Modality } from "~/schemas";
import type { Workload } from "./pricing";
import { CAPABILITY_LABELS } from "./labels";
import { DEFAULT_WORKLOAD, workloadFromParams, workloadParams } from "./workload-table";
import { DEFAULT_REQUIREMENTS, MODEL_KINDS, type ModelKind, type Requirements } from "./find";

export const FIND_MODALITIES = ["text", "image", "audio", "video", "pdf"] as const satisfies readonly Modality[];
/** The capabilities a reader can require on /find/, in the form's order. */
export const FIND_CAPABILITIES = [
  "toolCalling",
  "structuredOutputs",
  "reasoning",
  "promptCaching",
  "batch",
  "jsonMode",
  "parallelToolCalls",
  "attachments",
] as const satisfies readonly (keyof Capabilities)[];

export interface FindState {
  req: Requirements;
  workload: Workload;
}

const list = (p: URLSearchParams, name: string) =>
  (p.get(name) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const oneOf = <T extends string>(values: readonly T[], raw: string[]) =>
  [...new Set(raw.filter((v): v is T => (values as readonly string[]).includes(v)))].sort(
    (a, b) => values.indexOf(a) - values.indexOf(b),
  );
const count = (raw: string | null): number | null => {
  if (raw === null || raw.trim() === "") return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : null;
};
const score = (raw: string | null): number | null => {
  if (raw === null || raw.trim() === "") return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
};
const PROVIDER = /^[a-z0-9][a-z0-9._-]*$/;

/** Reads the state from a query string; anything malformed keeps its default. */
export function parseFindState(query: string | URLSearchParams): FindState {
  const p = typeof query === "string" ? new URLSearchParams(query) : query;
  const kind = p.get("kind");
  const bench = p.get("bench")?.trim() ?? "";
  return {
    req: {
      kind:
        kind === "any"
          ? null
          : (MODEL_KINDS as readonly string[]).includes(kind ?? "")
            ? (kind as ModelKind)
            : DEFAULT_REQUIREMENTS.kind,
      input: oneOf(FIND_MODALITIES, list(p, "input")),
      output: oneOf(FIND_MODALITIES, list(p, "output")),
      capabilities: oneOf(Object.keys(CAPABILITY_LABELS) as (keyof Capabilities)[], list(p, "cap")),
      minContext: count(p.get("context")),
      minOutput: count(p.get("maxOut")),
      openWeights: p.get("open") === "1",
      license: (p.get("license") ?? "").trim().slice(0, 60),
      providers: [...new Set(list(p, "provider").filter((s) => PROVIDER.test(s)))],
      excludeProviders: [...new Set(list(p, "exclude").filter((s) => PROVIDER.test(s)))],
      benchmark: PROVIDER.test(bench) ? bench : null,
      minScore: score(p.get("score")),
      includeEnded: p.get("ended") === "1",
    },
    workload: workloadFromParams(p, DEFAULT_WORKLOAD),
  };
}

/** The query string of a state (no leading "?"); commas stay readable. Empty for the default state. */
export function serializeFindState({ req, workload }: FindState): string {
  const out: [string, string][] = [];
  if (req.kind !== DEFAULT_REQUIREMENTS.kind) out.push(["kind", req.kind ?? "any"]);
  if (req.input.length) out.push(["input", req.input.join(",")]);
  if (req.output.length) out.push(["output", req.output.join(",")]);
  if (req.capabilities.length) out.push(["cap", req.capabilities.join(",")]);
  if (req.minContext !== null) out.push(["context", String(req.minContext)]);
  if (req.minOutput !== null) out.push(["maxOut", String(req.minOutput)]);
  if (req.openWeights) out.push(["open", "1"]);
  if (req.license) out.push(["license", req.license]);
  if (req.providers.length) out.push(["provider", req.providers.join(",")]);
  if (req.excludeProviders.length) out.push(["exclude", req.excludeProviders.join(",")]);
  if (req.benchmark) out.push(["bench", req.benchmark]);
  if (req.benchmark && req.minScore !== null) out.push(["score", String(req.minScore)]);
  if (req.includeEnded) out.push(["ended", "1"]);
  out.push(...workloadParams(workload));
  return new URLSearchParams(out).toString().replace(/%2C/g, ",");
}
