/**
 * `tsx --expose-gc scripts/beside-astro.ts <out dir>`: the build's work that needs no Astro, run by
 * `npm run build` in a process of its own beside `astro build` (which keeps one core busy):
 * 1. loads and checks the catalog; invalid content exits 1 with every error, and the build stops;
 * 2. writes the plain files (src/publish/plain-files.ts: model API files and feeds, the redirect
 *    pages and API files of merged ids) into `<out>/site/`;
 * 3. renders the share cards (one per model, one per provider, one for the site) and the web-app
 *    icons to PNG with resvg, into `<out>/og/` and `<out>/icons/`.
 * The build moves all three into the site.
 *
 * Fonts come from the @expo-google-fonts/inter package (TTF), never from the system or the network.
 * Rendered cards are kept in `.build/og-cache/` under a hash of their SVG: a rebuild renders only
 * the cards whose content changed (entries no longer used are removed).
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { loadCatalog } from "../src/catalog/load-catalog";
import { formatProblem } from "../src/catalog/problems";
import { plainFiles } from "../src/publish/plain-files";
import { buildViews } from "../src/views/catalog-views";
import { CARD_WIDTH, cardSvg, modelCard, providerCard, siteCard, type Card } from "../src/publish/og-card";
import { SITE_URL } from "../src/deploy";

const CACHE = ".build/og-cache";
const require = createRequire(import.meta.url);
const FONTS = ["400Regular/Inter_400Regular.ttf", "700Bold/Inter_700Bold.ttf"].map((f) =>
  require.resolve(`@expo-google-fonts/inter/${f}`),
);
const ICON = readFileSync("public/favicon.svg", "utf8");

/** Renders on libuv's thread pool: no Resvg object is left for the GC (one per card grew memory to gigabytes). */
async function render(svg: string, width: number): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Inter" },
  });
  return image.asPng();
}

/** Writes `path` from the cache, or renders it and caches it. Returns true when it rendered. */
async function write(path: string, svg: string, width: number, used: Set<string>): Promise<boolean> {
  const key = createHash("sha1").update(`${width}\n${svg}`).digest("hex") + ".png";
  used.add(key);
  const cached = join(CACHE, key);
  mkdirSync(dirname(path), { recursive: true });
  let rendered = false;
  if (!existsSync(cached)) {
    writeFileSync(cached, await render(svg, width));
    rendered = true;
  }
  try {
    linkSync(cached, path);
  } catch {
    copyFileSync(cached, path);
  }
  return rendered;
}

const out = process.argv[2];
if (!out) {
  console.error("usage: tsx scripts/beside-astro.ts <out dir>");
  process.exit(2);
}
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const started = performance.now();
const { catalog, problems } = loadCatalog(process.cwd());
const errors = problems.filter((p) => p.level === "error");
if (errors.length) {
  for (const p of errors) console.error(formatProblem(p));
  console.error(`\n${errors.length} content error${errors.length === 1 ? "" : "s"} (see npm run validate)`);
  process.exit(1);
}
const views = buildViews(catalog);
const loaded = performance.now();
console.log(
  `content: ${catalog.models.size} models, ${catalog.offerings.size} offerings: ok in ${seconds(loaded - started)} s`,
);
rmSync(out, { recursive: true, force: true });

const site = `${SITE_URL}/`;
let files = 0;
const dirs = new Set<string>();
for (const { path, body } of plainFiles(views, site)) {
  const file = join(out, "site", path);
  const dir = dirname(file);
  if (!dirs.has(dir)) mkdirSync(dir, { recursive: true });
  dirs.add(dir);
  writeFileSync(file, body);
  files++;
}
const wrote = performance.now();
console.log(`plain files: ${files} in ${seconds(wrote - loaded)} s`);

// The host only, not the base path: the same cards (and cache) serve every deploy of one host.
const host = new URL(SITE_URL).host;
mkdirSync(CACHE, { recursive: true });

// ATLAS_OG_CARDS=off (npm run bench, synthetic catalogs: their cards are never cached) renders none.
const cards: [string, Card][] =
  process.env.ATLAS_OG_CARDS === "off"
    ? []
    : [
        ["site.png", siteCard(views, host)],
        ...views.models.map((m): [string, Card] => [`models/${m.entry.id}.png`, modelCard(m)]),
        ...[...catalog.providers.values()].map((p): [string, Card] => [
          `providers/${p.id}.png`,
          providerCard(p, views),
        ]),
      ];
mkdirSync(join(out, "og"), { recursive: true });
const used = new Set<string>();
let rendered = 0;
// Two renders at a time: the machines this builds on have two cores, and Astro's build runs beside it.
const jobs: [string, string, number][] = [
  ...cards.map(([path, card]): [string, string, number] => [join(out, "og", path), cardSvg(card), CARD_WIDTH]),
  ...[192, 512].map((size): [string, string, number] => [join(out, "icons", `icon-${size}.png`), ICON, size]),
];
// Each rendered image holds its pixels outside V8's heap, which the GC does not count: collect now
// and then (the build runs this with --expose-gc), or memory grows by ~0.75 MB a card.
const gc = (globalThis as { gc?: () => void }).gc;
let next = 0;
await Promise.all(
  Array.from({ length: 2 }, async () => {
    while (next < jobs.length) {
      const [path, svg, width] = jobs[next++]!;
      if ((await write(path, svg, width, used)) && ++rendered % 100 === 0) gc?.();
    }
  }),
);
// Entries no card used are removed, unless cards were off (the cache would lose every card).
if (cards.length > 0) for (const name of readdirSync(CACHE)) if (!used.has(name)) rmSync(join(CACHE, name));

console.log(
  `og-cards: ${cards.length} cards and 2 icons (${rendered} rendered, ${jobs.length - rendered} from cache) in ${seconds(performance.now() - wrote)} s`,
);
