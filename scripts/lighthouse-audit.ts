/**
 * One Lighthouse run (mobile, default config) in Debian's Chromium: the four category scores and
 * the audits that cost points. Used by `npm run lighthouse` and by tests/e2e/lighthouse.spec.ts.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { screenEmulationMetrics } from "lighthouse/core/config/constants.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface AuditResult {
  version: string;
  url: string;
  /** 0–100 per category (null when Lighthouse gave none). */
  scores: Record<Category, number | null>;
  /** Per category, the audits that cost points: "id: title (score n, value)". */
  failing: Partial<Record<Category, string[]>>;
  /** Cumulative layout shift (not a timing: the same on a busy machine). */
  cls: number | null;
  /** The elements that shifted, with their share of the score, to say what moved when CLS is not 0. */
  shifts: string[];
}

interface LayoutShiftItem {
  node?: { snippet?: string };
  score: number;
}

export async function lighthouseAudit(url: string): Promise<AuditResult> {
  process.env.CHROME_PATH = CHROMIUM_PATH;
  // The window already has the emulated phone's size: Chrome lays a page out once before the device
  // emulation takes effect (crbug.com/1302667), and at the default desktop width that first layout
  // differs, so Lighthouse would count the switch to the phone layout as a layout shift of the page.
  // (Not its pixel density too: --force-device-scale-factor changed the window's CSS size, 500×736
  // became 502×738 in a --dump-dom check, which is another mismatch.)
  const { width, height } = screenEmulationMetrics.mobile as { width: number; height: number };
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", `--window-size=${width},${height}`, "--hide-scrollbars", ...CHROMIUM_ARGS],
  });
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
    const scores = {} as AuditResult["scores"];
    const cls = lhr.audits["cumulative-layout-shift"]?.numericValue ?? null;
    const failing: AuditResult["failing"] = {};
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = category?.score == null ? null : Math.round(category.score * 100);
      if (!category || category.score === 1) continue;
      const lost = category.auditRefs
        .filter((ref) => ref.weight > 0 || id === "performance")
        .map((ref) => lhr.audits[ref.id]!)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== "informative" &&
            a.scoreDisplayMode !== "notApplicable" &&
            a.scoreDisplayMode !== "manual",
        )
        .map(
          (a) =>
            `${a.id}: ${a.title} (score ${Math.round(a.score! * 100)}${a.displayValue ? `, ${a.displayValue}` : ""})`,
        );
      if (lost.length) failing[id] = lost;
    }
    const shiftItems = (lhr.audits["layout-shifts"]?.details as { items?: LayoutShiftItem[] } | undefined)?.items ?? [];
    const shifts = shiftItems.map((item) => `${item.node?.snippet ?? "(unknown element)"}: ${item.score}`);
    return { version: lhr.lighthouseVersion, url: lhr.finalDisplayedUrl, scores, failing, cls, shifts };
  } finally {
    chrome.kill();
  }
}
