/**
 * `npm run lighthouse [-- <path>]`: audits one page of the already-built site (run `npm run build`
 * first; this builds nothing). Starts `npm run preview` in its own process group, runs Lighthouse
 * (mobile, default config) in Debian's Chromium, prints the four category scores and the audits
 * that cost points, then stops the server by killing its process group.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

const ORIGIN = `http://127.0.0.1:${process.env.ATLAS_PORT ?? 4321}`;
const CHROME_PATH = CHROMIUM_PATH;
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const path = process.argv[2] ?? "/models/openai/gpt-4.1-nano/";
if (!path.startsWith("/")) {
  console.error(`lighthouse: the path must start with "/" (found "${path}")`);
  process.exit(2);
}

let server: ChildProcess | undefined;
let serverLog = "";

function stopServer(): void {
  if (server?.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  try {
    // Negative pid: the whole group (npm, astro and anything they spawned), never by name.
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

async function isUp(): Promise<boolean> {
  try {
    const response = await fetch(`${ORIGIN}/`, { signal: AbortSignal.timeout(2_000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

async function startServer(timeoutMs = 60_000): Promise<void> {
  if (await isUp()) {
    // Same rule as Playwright's reuseExistingServer: fine locally, suspicious in CI.
    if (process.env.CI) throw new Error(`something already listens on ${ORIGIN}; stop it so the audit runs against this checkout's dist/`);
    console.log(`lighthouse: reusing the server already listening on ${ORIGIN}`);
    return;
  }
  console.log("lighthouse: starting `npm run preview`");
  server = spawn("npm", ["run", "preview"], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.on("data", (chunk) => (serverLog += chunk));
  server.stderr?.on("data", (chunk) => (serverLog += chunk));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`\`npm run preview\` exited with code ${server.exitCode} (has the site been built? run \`npm run build\`)`);
    if (await isUp()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${ORIGIN}/ did not answer within ${timeoutMs / 1000}s`);
}

async function audit(url: string): Promise<void> {
  process.env.CHROME_PATH = CHROME_PATH;
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      formFactor: "mobile",
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    console.log(`\nLighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.finalDisplayedUrl}\n`);
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      const score = category?.score == null ? "—" : String(Math.round(category.score * 100));
      console.log(`${(category?.title ?? id).padEnd(16)} ${score.padStart(3)}`);
    }
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      if (!category || category.score === 1) continue;
      const failing = category.auditRefs
        .filter((ref) => ref.weight > 0 || id === "performance")
        .map((ref) => lhr.audits[ref.id]!)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable" && a.scoreDisplayMode !== "manual");
      if (!failing.length) continue;
      console.log(`\n${category.title}: failing audits`);
      for (const a of failing) {
        console.log(`  ${a.id}: ${a.title} (score ${Math.round(a.score! * 100)}${a.displayValue ? `, ${a.displayValue}` : ""})`);
      }
    }
  } finally {
    chrome.kill();
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopServer();
    process.exit(130);
  });
}

try {
  await startServer();
  await audit(new URL(path, ORIGIN).href);
} catch (error) {
  console.error(`lighthouse: ${(error as Error).message}`);
  if (serverLog.trim()) console.error(`\nserver output:\n${serverLog.trim()}`);
  process.exitCode = 1;
} finally {
  stopServer();
}
