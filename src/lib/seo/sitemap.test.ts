import { describe, expect, it } from 'vitest';
import { buildRouteTable } from '../routes/route-table';
import { sitemapXml } from './sitemap';
import { xmlEscape } from './xml-escape';

const url = (path: string) => `https://example.org${path}`;

describe('sitemap', () => {
  const routes = buildRouteTable([
    {
      collection: 'heritage',
      topic: 'lao-kho',
      id: 'lao-kho/vi',
      locale: 'vi',
      slug: 'di-tich-lao-kho',
      draft: false,
    },
    {
      collection: 'heritage',
      topic: 'lao-kho',
      id: 'lao-kho/en',
      locale: 'en',
      slug: 'lao-kho-relic',
      draft: false,
    },
  ]);
  const xml = sitemapXml(routes, url, (r) => (r.topic ? new Date('2026-11-26') : undefined));

  it('lists every page but the 404s, each with both language alternates', () => {
    expect(xml).toContain('<loc>https://example.org/vi/di-tich/di-tich-lao-kho/</loc>');
    expect(xml).not.toContain('/404/');
    expect(xml).not.toContain('/vi/ngoai-tuyen/');
    expect(xml).not.toContain('/en/offline/');
    const block = xml
      .split('<url>')
      .find((b) => b.includes('<loc>https://example.org/en/heritage/lao-kho-relic/</loc>'))!;
    expect(block).toContain(
      '<xhtml:link rel="alternate" hreflang="vi" href="https://example.org/vi/di-tich/di-tich-lao-kho/"/>',
    );
    expect(block).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/heritage/lao-kho-relic/"/>',
    );
    expect(block).toContain('<lastmod>2026-11-26</lastmod>');
    expect(xml.match(/<url>/g)).toHaveLength(
      routes.filter((r) => r.kind !== 'not-found' && r.kind !== 'offline').length,
    );
  });

  it('escapes XML', () => {
    expect(xmlEscape(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });
});
