/** Small XML writers for the Atom feed and the sitemap. Every text and attribute goes through `escapeXml`. */

/** Escapes the five XML special characters and drops characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export interface FeedEntry {
  id: string;
  title: string;
  /** Absolute URL of the entry's page. */
  link: string;
  /** `YYYY-MM-DD`. */
  date: string;
  summary: string;
}

const stamp = (date: string) => `${date}T00:00:00Z`;

/** An Atom 1.0 feed. Entries are written in the order given (callers pass newest first). */
export function atomFeed(feed: {
  id: string;
  title: string;
  self: string;
  alternate: string;
  author: string;
  /** Licence statement (`<rights>`). */
  rights?: string;
  entries: FeedEntry[];
}): string {
  const updated = feed.entries.reduce((max, e) => (e.date > max ? e.date : max), "1970-01-01");
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...(feed.rights ? [`  <rights>${escapeXml(feed.rights)}</rights>`] : []),
  ];
  for (const e of feed.entries) {
    lines.push(
      `  <entry>`,
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <updated>${stamp(e.date)}</updated>`,
      `    <published>${stamp(e.date)}</published>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, "");
  return lines.join("\n");
}

/** A sitemap (sitemaps.org 0.9) of absolute URLs, each with its `lastmod` date where known. */
export function sitemapXml(urls: readonly (string | { loc: string; lastmod?: string })[]): string {
  const url = (u: string | { loc: string; lastmod?: string }) => {
    const { loc, lastmod } = typeof u === "string" ? { loc: u, lastmod: undefined } : u;
    return `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ""}</url>`;
  };
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...urls.map(url),
    `</urlset>`,
    "",
  ].join("\n");
}
