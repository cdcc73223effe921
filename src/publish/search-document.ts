/**
 * What pagefind reads of a page, cut out of it: the page's language and title, and its
 * `data-pagefind-body` element with every `data-pagefind-ignore` subtree emptied. Pagefind parses
 * every byte it is given; a profile is 40–190 KB of HTML of which the indexed part is a few KB (the
 * price tables, history and change log are ignored), so indexing these documents instead of the
 * pages does the same work on a fraction of the bytes.
 *
 * The index must come out the same as from the page itself (`scripts/build.ts` indexes these; on
 * the real site the whole pagefind folder was byte-identical either way; the unit tests pin the rules):
 * - an emptied subtree keeps its tags, so the text around it is split where it was;
 * - a subtree that holds `data-pagefind-meta`, `-filter` or `-sort` is kept whole: pagefind reads
 *   those even inside an ignored element;
 * - a page with search attributes outside its body, or without a body, is returned unchanged.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const SEARCH_DATA = /\sdata-pagefind-(?:meta|filter|sort)\b/;
const OPEN_TAG = /<([a-zA-Z][\w-]*)(\s[^>]*)?>/g;

/** The end (index after `>`) of the element whose open tag starts at `start`; -1 if it never closes. */
function elementEnd(html: string, name: string, start: number): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])`, "gi");
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.indexOf(">", m.index) + 1;
  }
  return -1;
}

/** The first open tag at or after `from` (before `to`) whose attributes match `attribute`. */
function findOpenTag(html: string, attribute: RegExp, from: number, to = html.length) {
  OPEN_TAG.lastIndex = from;
  for (let m = OPEN_TAG.exec(html); m && m.index < to; m = OPEN_TAG.exec(html)) {
    if (m[2] && attribute.test(m[2])) return { start: m.index, openEnd: m.index + m[0].length, name: m[1]! };
  }
  return undefined;
}

export function searchDocument(html: string): string {
  const body = findOpenTag(html, /\sdata-pagefind-body\b/, 0);
  const bodyEnd = body ? elementEnd(html, body.name, body.start) : -1;
  if (!body || bodyEnd === -1) return html;
  if (SEARCH_DATA.test(html.slice(0, body.start)) || SEARCH_DATA.test(html.slice(bodyEnd))) return html;

  const closeStart = html.lastIndexOf("</", bodyEnd);
  let kept = "";
  let at = body.openEnd;
  for (;;) {
    const ignored = findOpenTag(html, /\sdata-pagefind-ignore\b/, at, closeStart);
    if (!ignored) break;
    const end = elementEnd(html, ignored.name, ignored.start);
    if (end === -1 || end > closeStart) return html;
    const subtree = html.slice(ignored.start, end);
    kept += html.slice(at, ignored.start);
    kept += SEARCH_DATA.test(subtree) ? subtree : `${html.slice(ignored.start, ignored.openEnd)}</${ignored.name}>`;
    at = end;
  }
  kept += html.slice(at, closeStart);

  const lang = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1];
  const title = /<title>[^<]*<\/title>/i.exec(html.slice(0, body.start))?.[0] ?? "";
  return (
    `<!DOCTYPE html><html${lang === undefined ? "" : ` lang="${lang}"`}><head>${title}</head><body>` +
    `${html.slice(body.start, body.openEnd)}${kept}</${body.name}></body></html>`
  );
}

/**
 * Writes the search document of every page pagefind indexes (Layout's `searchable`: the model
 * profiles, models/creator/slug/index.html, and the provider pages, providers/id/index.html) of
 * the site in `site` to the same path under `out`, in path order; returns how many it wrote.
 * Pagefind's index depends on the order it finds the files in: a RAM disk (tmpfs) lists a folder
 * in the order its entries were made, so the same site gives the same index on any machine.
 */
export function writeSearchDocuments(site: string, out: string): number {
  let written = 0;
  const pages = (dir: string, depth: number): string[] =>
    depth === 0
      ? [join(dir, "index.html")]
      : readdirSync(join(site, dir), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
          .sort()
          .flatMap((name) => pages(join(dir, name), depth - 1));
  for (const [root, depth] of [
    ["models", 2],
    ["providers", 1],
  ] as const) {
    if (!existsSync(join(site, root))) continue;
    for (const page of pages(root, depth)) {
      if (!existsSync(join(site, page))) continue;
      mkdirSync(join(out, dirname(page)), { recursive: true });
      writeFileSync(join(out, page), searchDocument(readFileSync(join(site, page), "utf8")));
      written++;
    }
  }
  return written;
}
