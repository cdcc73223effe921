import { expect, test } from "@playwright/test";
import { CATEGORIES, lighthouseAudit } from "../../scripts/lighthouse-audit";

// Lighthouse mobile on the built site: 100 in all four categories on the pages people land on.
// Slow (a fresh Chromium per page), so each page has its own generous timeout.
const PAGES = [
  "/",
  "/models/",
  "/models/openai/gpt-4.1-nano/",
  "/compare/?models=openai/gpt-4.1-nano,anthropic/claude-haiku-4-5,google/gemini-2.5-flash",
];

test.describe.configure({ mode: "serial" });

for (const path of PAGES) {
  test(`Lighthouse mobile scores 100 in every category on ${path}`, async ({ baseURL }) => {
    test.setTimeout(180_000);
    const result = await lighthouseAudit(new URL(path, baseURL).href);
    const below = CATEGORIES.filter((c) => result.scores[c] !== 100).map(
      (c) => `${c} ${result.scores[c]}: ${(result.failing[c] ?? []).join("; ")}`,
    );
    expect(below, below.join("\n")).toEqual([]);
  });
}
