/**
 * `tsx scripts/search-documents.ts <site> <out>`: writes the search document of each model and
 * provider page (src/publish/search-document.ts) into `<out>` while Astro writes the pages into
 * `<site>`, so that work runs on the core Astro leaves free; pagefind then indexes `<out>`. Run by
 * `npm run build` beside `astro build`, which closes this process's standard input when Astro has
 * finished (and kills it if Astro failed). It looks for finished pages once a second; when its input
 * ends it writes the rest, and exits 1 if a page is still unfinished.
 */
import { setPriority } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { writeSearchDocuments } from "../src/publish/search-document";

const [site, out] = process.argv.slice(2);
if (!site || !out) {
  console.error("usage: tsx scripts/search-documents.ts <site> <out>");
  process.exit(2);
}
// Astro's pages are the build's critical path: this takes what CPU they leave.
setPriority(10);

let astroDone = false;
const astroFinished = new Promise<void>((resolve) => process.stdin.on("end", resolve));
void astroFinished.then(() => (astroDone = true));
process.stdin.resume();

const done = new Set<string>();
while (!astroDone) {
  writeSearchDocuments(site, out, done);
  await Promise.race([astroFinished, sleep(1000)]);
}
const before = done.size;
const afterAstro = performance.now();
const unfinished = writeSearchDocuments(site, out, done);
if (unfinished.length) {
  console.error(`search documents: ${unfinished.length} page(s) unfinished after Astro ended, e.g. ${unfinished[0]}`);
  process.exit(1);
}
console.log(
  `search documents: ${done.size} (${done.size - before} after Astro, in ${((performance.now() - afterAstro) / 1000).toFixed(1)} s)`,
);
process.exit(0); // without waiting for the last second's timer
