import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

type Scheme = "light" | "dark";

/**
 * Runs axe (WCAG 2.x A and AA rules) on the page as it stands, once in the light and once in the
 * dark colour scheme, and fails listing every violation with the elements it found.
 * Contrast problems often show in one scheme only, hence both.
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { exclude?: string[]; disableRules?: string[] } = {},
): Promise<void> {
  // Two full axe runs per page: on a busy 2-core machine the large pages need more than 30 s.
  test.slow();
  const report: string[] = [];
  for (const colorScheme of ["light", "dark"] as Scheme[]) {
    await page.emulateMedia({ colorScheme });
    let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
    for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
    if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
    const { violations } = await builder.analyze();
    for (const v of violations) {
      const targets = v.nodes.map(
        (n) => `    ${n.target.join(" ")}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, " ")}` : ""}`,
      );
      report.push(`[${colorScheme}] ${v.id} (${v.impact ?? "?"}): ${v.help}\n${targets.join("\n")}`);
    }
  }
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}
