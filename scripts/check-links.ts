/**
 * `npm run check:links [-- <dir>]`: runs the link checker (scripts/lib/link-check.ts) over a built
 * site (default `dist/`), for the site and base it was built with (ATLAS_SITE, ATLAS_BASE).
 * Prints the broken links (up to 50) and exits 1 when there is any.
 *
 * `npm run test:subpath` builds the site under the base `/atlas/` into `.build/dist-subpath/` and
 * checks it: the test that hosting under a sub-path (GitHub Pages project sites) works.
 */
import { checkLinks } from "./lib/link-check";
import { BASE_PATH, SITE_URL } from "../src/deploy";

const dir = process.argv[2] ?? "dist";
const started = performance.now();
const report = checkLinks(dir, SITE_URL, BASE_PATH);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const b of report.broken.slice(0, 50)) console.error(`${b.page}: ${b.url} (${b.reason})`);
console.log(
  `check-links: ${report.links} internal links in ${report.files} files under ${BASE_PATH} in ${dir}/: ${report.broken.length} broken (${seconds} s)`,
);
if (report.broken.length || report.links === 0) process.exit(1);
