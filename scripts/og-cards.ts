/**
 * `tsx scripts/og-cards.ts <out dir>`: renders the share cards (one per model, one per provider, one
 * for the site) and the web-app icons to PNG with resvg, into `<out>/og/` and `<out>/icons/`.
 * `npm run build` runs it beside `astro build` and moves the result into the site.
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
import { Resvg } from "@resvg/resvg-js";
import { loadCatalog } from "../src/catalog/load-catalog";
import { buildViews } from "../src/views/catalog-views";
import { CARD_WIDTH, cardSvg, modelCard, providerCard, siteCard, type Card } from "../src/publish/og-card";
import { BASE_PATH, SITE_URL } from "../src/deploy";

const CACHE = ".build/og-cache";
const require = createRequire(import.meta.url);
const FONTS = ["400Regular/Inter_400Regular.ttf", "700Bold/Inter_700Bold.ttf"].map((f) =>
  require.resolve(`@expo-google-fonts/inter/${f}`),
);
const ICON = readFileSync("public/favicon.svg", "utf8");

function render(svg: string, width: number): Buffer {
  return new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Inter" },
  })
    .render()
    .asPng();
}

/** Writes `path` from the cache, or renders it and caches it. Returns true when it rendered. */
function write(path: string, svg: string, width: number, used: Set<string>): boolean {
  const key = createHash("sha1").update(`${width}\n${svg}`).digest("hex") + ".png";
  used.add(key);
  const cached = join(CACHE, key);
  mkdirSync(dirname(path), { recursive: true });
  let rendered = false;
  if (!existsSync(cached)) {
    writeFileSync(cached, render(svg, width));
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
  console.error("usage: tsx scripts/og-cards.ts <out dir>");
  process.exit(2);
}
const started = performance.now();
const { catalog, problems } = loadCatalog(process.cwd());
if (problems.some((p) => p.level === "error")) {
  console.error("og-cards: content is not valid (run npm run validate)");
  process.exit(1);
}
const views = buildViews(catalog);
const loaded = performance.now();
const host = new URL(SITE_URL).host + BASE_PATH.replace(/\/$/, "");
rmSync(out, { recursive: true, force: true });
mkdirSync(CACHE, { recursive: true });

const cards: [string, Card][] = [
  ["site.png", siteCard(views, host)],
  ...views.models.map((m): [string, Card] => [`models/${m.entry.id}.png`, modelCard(m, host)]),
  ...[...catalog.providers.values()].map((p): [string, Card] => [
    `providers/${p.id}.png`,
    providerCard(p, views, host),
  ]),
];
const used = new Set<string>();
let rendered = 0;
for (const [path, card] of cards) if (write(join(out, "og", path), cardSvg(card), CARD_WIDTH, used)) rendered++;
for (const size of [192, 512]) write(join(out, "icons", `icon-${size}.png`), ICON, size, used);
for (const name of readdirSync(CACHE)) if (!used.has(name)) rmSync(join(CACHE, name));

const seconds = (ms: number) => (ms / 1000).toFixed(1);
console.log(
  `og-cards: ${cards.length} cards (${rendered} rendered, ${cards.length - rendered} from cache) and 2 icons in ${seconds(performance.now() - started)} s (catalog ${seconds(loaded - started)} s)`,
);
