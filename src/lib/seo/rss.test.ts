import { describe, expect, it } from 'vitest';
import { rssXml } from './rss';

const url = (path: string) => `https://example.org${path}`;

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
