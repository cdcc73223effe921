/**
 * A link checker over a built site: every internal URL in every HTML page (href, src, action,
 * og:image, canonical), every `<loc>` of the sitemap and every link of the Atom feeds must sit under
 * the base path and name a file that exists in the folder. External URLs are not fetched.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface BrokenLink {
  /** The file the link is in, relative to the site folder. */
  page: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  files: number;
  links: number;
  broken: BrokenLink[];
}

const ATTRIBUTE = /\s(?:href|src|action|content)="([^"]*)"/g;
const XML_LINK = /<(?:loc)>([^<]*)<\/loc>|<link[^>]*\shref="([^"]*)"/g;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const decodeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Checks `dir`, a site built for `site` (origin) under `base` (`/` or `/sub/`). */
export function checkLinks(dir: string, site: string, base: string): LinkReport {
  const origin = new URL(site).origin;
  const report: LinkReport = { files: 0, links: 0, broken: [] };
  for (const file of files(dir)) {
    const isHtml = file.endsWith(".html");
    if (!isHtml && !file.endsWith(".xml")) continue;
    report.files++;
    const page = relative(dir, file);
    // The URL the page is served at, to resolve relative links against.
    const pageUrl = new URL(base + page.replace(/(^|\/)index\.html$/, "$1"), origin);
    const text = readFileSync(file, "utf8");
    const urls: string[] = [];
    if (isHtml) {
      for (const m of text.matchAll(ATTRIBUTE)) {
        const value = decodeXml(m[1]!);
        // `content` only for absolute URLs (og:image, og:url), not descriptions.
        if (m[0].trimStart().startsWith("content=") && !/^https?:\/\//.test(value)) continue;
        urls.push(value);
      }
    } else {
      for (const m of text.matchAll(XML_LINK)) urls.push(decodeXml((m[1] ?? m[2])!));
    }
    for (const raw of urls) {
      if (!raw || raw.startsWith("#") || /^(mailto|tel|javascript|data):/i.test(raw)) continue;
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        report.broken.push({ page, url: raw, reason: "not a URL" });
        continue;
      }
      if (url.origin !== origin) continue; // external
      report.links++;
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        report.broken.push({ page, url: raw, reason: `outside the base path ${base}` });
        continue;
      }
      const local = join(dir, path.slice(base.length));
      const target = path.endsWith("/") ? join(local, "index.html") : local;
      if (!existsSync(target) || (!path.endsWith("/") && statSync(target).isDirectory()))
        report.broken.push({ page, url: raw, reason: `no file ${relative(dir, target)}` });
    }
  }
  return report;
}
