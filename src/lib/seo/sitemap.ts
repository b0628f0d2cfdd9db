import { LOCALES, LOCALE_CODES } from '../../i18n/locales';
import { UNLISTED_KINDS, type RouteEntry } from '../routes/route-table';
import { xmlEscape } from './xml-escape';

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
