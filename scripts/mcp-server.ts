/**
 * `npm run -s mcp -- [--dist <dir> | --site <url>]`: Model Atlas as an MCP server over stdio, on the
 * official TypeScript SDK. It reads the published JSON of a built site (default `dist/`) or of a site
 * on the web, and offers the tools search_models, get_model, compare_models and find_cheapest.
 * stdout carries the protocol: messages go to stderr (`-s` keeps npm's banner off stdout).
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { MAX_COMPARE, MIN_COMPARE } from "../src/shared/compare-ids";
import { MODEL_KINDS } from "../src/shared/find";
import { FIND_MODALITIES } from "../src/shared/find-state";
import { CAPABILITY_LABELS } from "../src/shared/labels";
import { DEFAULT_WORKLOAD } from "../src/shared/workload-table";
import type { Workload } from "../src/shared/pricing";
import { dataSource } from "./lib/mcp/source";
import { compareModelsTool, findCheapestTool, getModelTool, searchModelsTool } from "./lib/mcp/tools";

function parseArgs(argv: string[]): { dist?: string; site?: string } {
  const out: { dist?: string; site?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if ((arg === "--dist" || arg === "--site") && value && !value.startsWith("--")) {
      out[arg === "--dist" ? "dist" : "site"] = value;
      i++;
    } else {
      console.error(`mcp: unknown argument "${arg}" (expected --dist <dir> or --site <url>)`);
      process.exit(2);
    }
  }
  if (out.site && !/^https?:\/\//.test(out.site)) {
    console.error(`mcp: --site must be an http(s) URL (found "${out.site}")`);
    process.exit(2);
  }
  return out;
}

const src = dataSource(parseArgs(process.argv.slice(2)));
const server = new McpServer({ name: "model-atlas", version: "1.0.0" });

const answer = (value: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }] });
const failure = (error: unknown) => ({
  isError: true,
  content: [{ type: "text" as const, text: `Error: ${(error as Error).message}` }],
});
const run =
  <A>(fn: (args: A) => Promise<unknown>) =>
  async (args: A) => {
    try {
      return answer(await fn(args));
    } catch (error) {
      return failure(error);
    }
  };

const count = (what: string) => z.number().nonnegative().optional().describe(what);
const workloadShape = {
  requestsPerDay: count(`Requests per day (default ${DEFAULT_WORKLOAD.requestsPerDay}).`),
  inputTokens: count(`Input tokens per request, cached ones included (default ${DEFAULT_WORKLOAD.inputTokens}).`),
  outputTokens: count(`Output tokens per request (default ${DEFAULT_WORKLOAD.outputTokens}).`),
  cachedShare: z.number().min(0).max(1).optional().describe("Share of input read from the prompt cache, 0–1."),
  cacheWriteShare: z.number().min(0).max(1).optional().describe("Share of input written to the prompt cache, 0–1."),
  batchShare: z.number().min(0).max(1).optional().describe("Share of requests sent through a batch API, 0–1."),
};
type WorkloadArgs = { [K in keyof typeof workloadShape]?: number };
const workloadOf = (a: WorkloadArgs): Workload => ({
  requestsPerDay: a.requestsPerDay ?? DEFAULT_WORKLOAD.requestsPerDay,
  inputTokens: a.inputTokens ?? DEFAULT_WORKLOAD.inputTokens,
  outputTokens: a.outputTokens ?? DEFAULT_WORKLOAD.outputTokens,
  cacheShare: a.cachedShare ?? 0,
  cacheWriteShare: a.cacheWriteShare ?? 0,
  batchShare: a.batchShare ?? 0,
});

server.registerTool(
  "search_models",
  {
    title: "Search models",
    description: "Find models by name, id or maker. Returns ids to use with the other tools.",
    inputSchema: { query: z.string().min(1), limit: z.int().min(1).max(50).optional() },
    annotations: { readOnlyHint: true },
  },
  run(({ query, limit }) => searchModelsTool(src, query, limit)),
);

server.registerTool(
  "get_model",
  {
    title: "Get a model",
    description:
      "A model's facts (limits, modalities, capabilities, open weights, benchmarks) and every live offering's current prices (USD per 1M tokens), with the date and source of each price.",
    inputSchema: { id: z.string().describe("Model id, <creator>/<slug>, e.g. openai/gpt-4.1-nano.") },
    annotations: { readOnlyHint: true },
  },
  run(({ id }) => getModelTool(src, id)),
);

server.registerTool(
  "compare_models",
  {
    title: "Compare models",
    description: `${MIN_COMPARE} to ${MAX_COMPARE} models side by side, each at its cheapest live offering (or at a provider: "<id>@<provider>"), with what a workload costs per request and per 30-day month.`,
    inputSchema: { models: z.array(z.string()).min(MIN_COMPARE).max(MAX_COMPARE), ...workloadShape },
    annotations: { readOnlyHint: true },
  },
  run(({ models, ...w }) => compareModelsTool(src, models, workloadOf(w))),
);

const capKeys = Object.keys(CAPABILITY_LABELS) as [
  keyof typeof CAPABILITY_LABELS,
  ...(keyof typeof CAPABILITY_LABELS)[],
];
server.registerTool(
  "find_cheapest",
  {
    title: "Find the cheapest model for a workload",
    description:
      "The models that meet the requirements, ranked by the workload's monthly cost (30 days, USD) at each model's cheapest qualifying offering, with the maker's own offering beside it: the same answer as the site's /find/ page. Offerings without a price the workload needs are listed apart (unpriced), never ranked; free tiers are listed apart when others charge.",
    inputSchema: {
      kind: z
        .enum([...MODEL_KINDS, "any"])
        .optional()
        .describe('What the model does (default "chat").'),
      input: z.array(z.enum(FIND_MODALITIES)).optional().describe("Modalities it must accept."),
      output: z.array(z.enum(FIND_MODALITIES)).optional().describe("Modalities it must produce."),
      capabilities: z.array(z.enum(capKeys)).optional().describe("Capabilities it must have (toolCalling, ...)."),
      minContext: count("Smallest context window, tokens."),
      minOutput: count("Smallest max output, tokens."),
      openWeights: z.boolean().optional(),
      license: z.string().optional().describe("Part of the weights' licence name, e.g. apache."),
      providers: z.array(z.string()).optional().describe("Only these provider ids."),
      excludeProviders: z.array(z.string()).optional(),
      benchmark: z.string().optional().describe("Benchmark id for minScore."),
      minScore: z.number().optional(),
      includeEnded: z.boolean().optional().describe("Rank retired and delisted offerings too."),
      limit: z.int().min(1).max(100).optional().describe("Rows per list (default 10)."),
      ...workloadShape,
    },
    annotations: { readOnlyHint: true },
  },
  run(({ kind, limit, requestsPerDay, inputTokens, outputTokens, cachedShare, cacheWriteShare, batchShare, ...req }) =>
    findCheapestTool(
      src,
      { ...req, ...(kind ? { kind: kind === "any" ? null : kind } : {}) },
      workloadOf({ requestsPerDay, inputTokens, outputTokens, cachedShare, cacheWriteShare, batchShare }),
      limit,
    ),
  ),
);

await server.connect(new StdioServerTransport());
console.error(`model-atlas MCP server: reading ${src.where}`);
