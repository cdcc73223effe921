/**
 * `npm run lighthouse [-- <path>]`: audits one page of the already-built site (run `npm run build`
 * first; this builds nothing). Starts `npm run preview` in its own process group, runs Lighthouse
 * (mobile, default config) in Debian's Chromium, prints the four category scores and the audits
 * that cost points, then stops the server by killing its process group.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { ORIGIN, startPreview, type PreviewServer } from "./preview-server";

const CHROME_PATH = CHROMIUM_PATH;
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const path = process.argv[2] ?? "/models/openai/gpt-4.1-nano/";
if (!path.startsWith("/")) {
  console.error(`lighthouse: the path must start with "/" (found "${path}")`);
  process.exit(2);
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
    if (lhr.runtimeError)
      throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
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
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== "informative" &&
            a.scoreDisplayMode !== "notApplicable" &&
            a.scoreDisplayMode !== "manual",
        );
      if (!failing.length) continue;
      console.log(`\n${category.title}: failing audits`);
      for (const a of failing) {
        console.log(
          `  ${a.id}: ${a.title} (score ${Math.round(a.score! * 100)}${a.displayValue ? `, ${a.displayValue}` : ""})`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
}

let server: PreviewServer | undefined;
try {
  server = await startPreview("lighthouse", { reuse: true });
  await audit(new URL(path, ORIGIN).href);
} catch (error) {
  console.error(`lighthouse: ${(error as Error).message}`);
  const log = server?.log().trim();
  if (log) console.error(`\nserver output:\n${log}`);
  process.exitCode = 1;
} finally {
  server?.stop();
}
