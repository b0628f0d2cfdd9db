import { LOCALES, LOCALE_CODES } from '../../i18n/locales';
import { UNLISTED_KINDS, type RouteEntry } from '../routes/route-table';

/** Escape text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * A sitemap with language alternates (xhtml:link) for every indexable page.
 * 404 and offline pages are left out; `url(path)` turns a site path into an absolute URL.
 */
export function sitemapXml(
  routes: readonly RouteEntry[],
  url: (path: string) => string,
  lastmod: (route: RouteEntry) => Date | undefined,
): string {
  const entries = routes
    .filter((route) => !UNLISTED_KINDS.includes(route.kind))
    .map((route) => {
      const alternates = LOCALE_CODES.map(
        (code) =>
          `    <xhtml:link rel="alternate" hreflang="${LOCALES[code].htmlLang}" href="${xmlEscape(url(route.alternates[code]))}"/>`,
      );
      const modified = lastmod(route);
      return [
        '  <url>',
        `    <loc>${xmlEscape(url(route.path))}</loc>`,
        ...(modified ? [`    <lastmod>${modified.toISOString().slice(0, 10)}</lastmod>`] : []),
        ...alternates,
        '  </url>',
      ].join('\n');
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export interface FeedItem {
  title: string;
  description: string;
  url: string;
  published: Date;
}

/** RSS 2.0 for one language's news, newest first. */
export function rssXml(
  channel: { title: string; description: string; url: string; selfUrl: string; language: string },
  items: readonly FeedItem[],
): string {
  const sorted = [...items].sort((a, b) => +b.published - +a.published);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlEscape(channel.title)}</title>`,
    `    <link>${xmlEscape(channel.url)}</link>`,
    `    <description>${xmlEscape(channel.description)}</description>`,
    `    <language>${channel.language}</language>`,
    `    <atom:link href="${xmlEscape(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(sorted[0]
      ? [`    <lastBuildDate>${sorted[0].published.toUTCString()}</lastBuildDate>`]
      : []),
    ...sorted.map((item) =>
      [
        '    <item>',
        `      <title>${xmlEscape(item.title)}</title>`,
        `      <link>${xmlEscape(item.url)}</link>`,
        `      <guid isPermaLink="true">${xmlEscape(item.url)}</guid>`,
        `      <pubDate>${item.published.toUTCString()}</pubDate>`,
        `      <description>${xmlEscape(item.description)}</description>`,
        '    </item>',
      ].join('\n'),
    ),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
