import { describe, expect, it } from 'vitest';
import { buildRouteTable } from '../routes/route-table';
import { rssXml, sitemapXml, xmlEscape } from './sitemap';

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

describe('rss', () => {
  it('orders items newest first and escapes text', () => {
    const xml = rssXml(
      {
        title: 'Tin tức',
        description: 'Tin <mới>',
        url: url('/vi/tin-tuc/'),
        selfUrl: url('/vi/rss.xml'),
        language: 'vi',
      },
      [
        {
          title: 'Cũ',
          description: 'a',
          url: url('/vi/tin-tuc/cu/'),
          published: new Date('2021-12-15'),
        },
        {
          title: 'Mới & hay',
          description: 'b',
          url: url('/vi/tin-tuc/moi/'),
          published: new Date('2025-07-01'),
        },
      ],
    );
    expect(xml.indexOf('Mới &amp; hay')).toBeLessThan(xml.indexOf('<title>Cũ</title>'));
    expect(xml).toContain('<description>Tin &lt;mới&gt;</description>');
    expect(xml).toContain('<language>vi</language>');
  });
});
