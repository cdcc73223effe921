/**
 * `npm run bench:search [-- runs]`: measures the header search on the built site (run
 * `npm run build` first, the full catalog). Starts `npm run preview` on ATLAS_PORT (default 4321)
 * in its own process group, drives headless Chromium on loopback, and prints medians over several
 * runs, each in a fresh browser context (empty cache):
 *   - bytes transferred for a first query: every response after the page's load event until the
 *     results render (encoded bytes as Chromium reports them, headers included); goal ≤ 100 KB;
 *   - ms from the keystroke to rendered results, first query (the box fetches its name index,
 *     `/search/names.json`, on the `/` focus) and later queries; goals ≤ 300 ms and ≤ 15 ms.
 * Stops the server by killing its process group.
 */
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { ORIGIN, startPreview, type PreviewServer } from "./preview-server";

const PAGE = "/models/openai/gpt-4.1-nano/";
const FIRST_QUERY = "gpt-4.1 nano";
const LATER_QUERIES = [
  "claude sonnet",
  "llama 3.3 70b",
  "gemini 2.5 flash",
  "deepseek r1",
  "mistral large",
  "4.1-nano",
];
const RUNS = Number(process.argv[2] ?? 5);
const GOALS = { bytes: 100 * 1024, first: 300, later: 15 };

if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`bench:search: runs must be a positive integer (found "${process.argv[2]}")`);
  process.exit(2);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Types `query` into the focused header box, the last character as a real key press, and returns
 * the ms from that keydown to the dropdown showing the results for the whole query.
 */
async function timeQuery(page: Page, query: string): Promise<number> {
  const box = page.locator("#site-search-input");
  await box.fill(query.slice(0, -1));
  await page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>("#site-search-input")!;
    const list = document.querySelector("#site-search-listbox")!;
    const w = window as unknown as { __bench: Promise<number> };
    w.__bench = new Promise((resolve) => {
      let start = 0;
      input.addEventListener("keydown", (e) => (start = e.timeStamp), { once: true });
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      const observer = new MutationObserver(() => {
        // The last option links to the search page: "All N results for “q”" once the results are in.
        const all = list.querySelector("li:last-child");
        if (start && all?.textContent?.includes(`for “${q}”`) && !(list as HTMLElement).hidden) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(list, { childList: true, subtree: true, attributes: true, characterData: true });
    });
  }, query);
  await page.keyboard.press(query.slice(-1));
  return page.evaluate(() => (window as unknown as { __bench: Promise<number> }).__bench);
}

async function run(): Promise<void> {
  const entry = await (await fetch(`${ORIGIN}/pagefind/pagefind-entry.json`)).json();
  const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
    (n, l) => n + l.page_count,
    0,
  );
  console.log(`bench:search: ${ORIGIN}${PAGE}, index of ${pages} pages, ${RUNS} runs`);
  if (pages < 1000)
    console.warn("bench:search: this looks like a curated-only build; build the full catalog for meaningful figures");

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const bytes: number[] = [];
  const firsts: number[] = [];
  const laters: number[] = [];
  let breakdown = new Map<string, number>();
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let counting = false;
      let total = 0;
      const runBreakdown = new Map<string, number>();
      // Context-wide, so requests from pagefind's web worker count too.
      context.on("requestfinished", async (request) => {
        if (!counting) return;
        const sizes = await request.sizes();
        const n = sizes.responseBodySize + sizes.responseHeadersSize;
        total += n;
        const url = request.url().replace(ORIGIN, "");
        const kind = url
          .replace(/\/pagefind\/(fragment|index|filter)\/.*/, "/pagefind/$1/*")
          .replace(/\/_astro\/.*/, "/_astro/*");
        runBreakdown.set(kind, (runBreakdown.get(kind) ?? 0) + n);
      });
      await page.goto(`${ORIGIN}${PAGE}`, { waitUntil: "load" });
      counting = true;
      await page.keyboard.press("/");
      firsts.push(await timeQuery(page, FIRST_QUERY));
      await page.waitForTimeout(100); // let the last sizes() settle
      counting = false;
      bytes.push(total);
      if (i === 0) breakdown = runBreakdown;
      for (const q of LATER_QUERIES) laters.push(await timeQuery(page, q));
      await context.close();
    }
  } finally {
    await browser.close();
  }

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const verdict = (ok: boolean) => (ok ? "ok" : "OVER GOAL");
  console.log("\nfirst query, bytes after load (run 1):");
  for (const [url, n] of [...breakdown].sort((a, b) => b[1] - a[1])) console.log(`  ${kb(n).padStart(9)}  ${url}`);
  const b = median(bytes);
  const f = median(firsts);
  const l = median(laters);
  console.log(
    `\nbytes for a first query       median ${kb(b).padStart(9)}  (goal ≤ ${kb(GOALS.bytes)}) ${verdict(b <= GOALS.bytes)}  runs: ${bytes.map(kb).join(", ")}`,
  );
  console.log(
    `keystroke → results, first    median ${`${f.toFixed(0)} ms`.padStart(9)}  (goal ≤ ${GOALS.first} ms) ${verdict(f <= GOALS.first)}  runs: ${firsts.map((x) => x.toFixed(0)).join(", ")}`,
  );
  console.log(
    `keystroke → results, later    median ${`${l.toFixed(0)} ms`.padStart(9)}  (goal ≤ ${GOALS.later} ms) ${verdict(l <= GOALS.later)}  (${laters.length} queries)`,
  );
}

let server: PreviewServer | undefined;
try {
  server = await startPreview("bench:search");
  await run();
} catch (error) {
  console.error(`bench:search: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  server?.stop();
}
