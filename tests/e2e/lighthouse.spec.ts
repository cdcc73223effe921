import { expect, test } from "@playwright/test";
import { lighthouseAudit } from "../../scripts/lighthouse-audit";

// Lighthouse mobile on the built site, on the pages people land on. The categories that do not depend
// on timing (accessibility, best practices, SEO) must be 100 and layout shift 0. The performance score
// is mostly Total Blocking Time, which a shared 2-core machine cannot measure reliably: it is printed
// here and measured with `npm run lighthouse` (see the README), not asserted.
const PAGES = [
  "/",
  "/models/",
  "/models/openai/gpt-4.1-nano/",
  "/compare/?models=openai/gpt-4.1-nano,anthropic/claude-haiku-4-5,google/gemini-2.5-flash",
  "/compare/",
  "/find/",
];
const ASSERTED = ["accessibility", "best-practices", "seo"] as const;

test.describe.configure({ mode: "serial" });

for (const path of PAGES) {
  test(`Lighthouse mobile: accessibility, best practices and SEO 100, no layout shift on ${path}`, async ({
    baseURL,
  }, info) => {
    test.setTimeout(180_000);
    const result = await lighthouseAudit(new URL(path, baseURL).href);
    info.annotations.push({ type: "performance", description: String(result.scores.performance) });
    console.log(`lighthouse ${path}: performance ${result.scores.performance}, CLS ${result.cls}`);
    const below = ASSERTED.filter((c) => result.scores[c] !== 100).map(
      (c) => `${c} ${result.scores[c]}: ${(result.failing[c] ?? []).join("; ")}`,
    );
    expect(below, below.join("\n")).toEqual([]);
    expect(result.cls, `layout shifts: ${result.shifts.join("; ")}`).toBe(0);
  });
}
