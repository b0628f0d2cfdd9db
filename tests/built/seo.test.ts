import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST, builtPages, localizedPages, type BuiltPage } from '../support/dist';
import { useTranslations } from '../../src/i18n/t';
import { localeOfPath } from '../../src/lib/routes/paths';

const jsonLdOf = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]!),
  );

const noindex = (page: BuiltPage) =>
  page.doc.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';
const contentPages = () => localizedPages().filter((p) => p.doc.querySelector('article.topic'));

describe('structured data (JSON-LD)', () => {
  it('is valid JSON with a schema.org context and type on every content page', () => {
    for (const page of contentPages()) {
      const data = jsonLdOf(page.html);
      expect(data.length, page.path).toBeGreaterThan(0);
      for (const item of data) {
        expect(item['@context'], page.path).toBe('https://schema.org');
        expect(typeof item['@type'], page.path).toBe('string');
        expect(item['inLanguage'], page.path).toBe(page.path.split('/')[1]);
        expect(String(item['url']), page.path).toMatch(/^https?:\/\//);
      }
    }
  });

  it('uses the type that fits each kind of page', () => {
    const types = (path: string) =>
      jsonLdOf(builtPages().find((p) => p.path === path)!.html).map((d) => d['@type']);
    expect(types('/en/heritage/lao-kho-relic/')).toContain('LandmarksOrHistoricalBuildings');
    expect(types('/vi/du-lich/cao-nguyen-moc-chau/')).toContain('TouristAttraction');
    expect(types('/en/documents/decision-2477-qd-ubnd-2014/')).toEqual(['Legislation']);
    expect(types('/en/news/long-sap-international-border-gate-2024/')).toEqual(['Event']);
    expect(types('/vi/')).toEqual(['WebSite']);
  });

  it('gives coordinates (geo) only for points that are the place itself', () => {
    for (const page of contentPages()) {
      for (const item of jsonLdOf(page.html)) {
        if (!item['geo']) continue;
        const facts = page.doc.querySelector('.place-facts')?.textContent ?? '';
        // The page's own words for it, by key, so rewording the label does not touch this test.
        const approximate = useTranslations(localeOfPath(page.path)!)('place.approximate');
        expect(facts, `${page.path} has geo but shows an approximate location`).not.toContain(
          approximate,
        );
      }
    }
    const dam = jsonLdOf(
      builtPages().find((p) => p.path === '/en/heritage/son-la-dam-and-quynh-nhai-reservoir/')!
        .html,
    );
    expect(dam.some((d) => d['geo'])).toBe(true);
    const laoKho = jsonLdOf(
      builtPages().find((p) => p.path === '/en/heritage/lao-kho-relic/')!.html,
    );
    expect(laoKho.some((d) => d['geo'])).toBe(false);
  });

  it('names legislation by number, issuer and date', () => {
    const [doc] = jsonLdOf(
      builtPages().find((p) => p.path === '/vi/van-ban/quyet-dinh-2477-qd-ubnd-2014/')!.html,
    );
    expect(doc).toMatchObject({
      legislationIdentifier: '2477/QĐ-UBND',
      legislationDate: '2014-09-18',
    });
  });
});

describe('sharing tags', () => {
  it('gives every localized page Open Graph and Twitter tags with an absolute PNG image', () => {
    // Not the offline pages: the browser shows them, nobody shares them (robots noindex).
    for (const page of localizedPages().filter((p) => !noindex(p))) {
      const meta = (sel: string) => page.doc.querySelector(sel)?.getAttribute('content');
      for (const sel of [
        'meta[property="og:title"]',
        'meta[property="og:description"]',
        'meta[property="og:url"]',
        'meta[name="twitter:card"]',
      ]) {
        expect(meta(sel), `${page.path} ${sel}`).toBeTruthy();
      }
      expect(meta('meta[property="og:image"]'), page.path).toMatch(/^https?:\/\/.+\.png$/);
      expect(meta('meta[property="og:locale"]'), page.path).toBe(
        page.path.startsWith('/vi/') ? 'vi_VN' : 'en_GB',
      );
    }
  });

  it('shares a picture of the topic, not the site card, when the topic has a cover', () => {
    const image = builtPages()
      .find((p) => p.path === '/en/heritage/lao-kho-relic/')!
      .doc.querySelector('meta[property="og:image"]')!
      .getAttribute('content')!;
    expect(image).not.toContain('site-card');
    const file = join(DIST, new URL(image).pathname.replace(/^\/[^/]*\/?(?=_astro)/, '/'));
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('sitemap, robots.txt and feeds', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');

  it('lists every localized page except the 404 and offline pages, each with its language alternates', () => {
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const expected = localizedPages()
      .filter((p) => !p.path.includes('/404/') && !noindex(p))
      .map((p) => p.path);
    expect(locs.sort()).toEqual(expect.arrayContaining(expected.sort()));
    const unlisted = localizedPages().filter(noindex);
    expect(unlisted.map((p) => p.path).sort()).toEqual(['/en/offline/', '/vi/ngoai-tuyen/']);
    for (const page of unlisted) expect(locs, page.path).not.toContain(page.path);
    expect(sitemap.match(/hreflang="vi"/g)?.length).toBe(sitemap.match(/<url>/g)?.length);
    expect(sitemap.match(/hreflang="en"/g)?.length).toBe(sitemap.match(/<url>/g)?.length);
  });

  it('points robots.txt at the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(
      /^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m,
    );
  });

  it('publishes one RSS feed per language with that language’s news', () => {
    for (const [locale, section] of [
      ['vi', 'tin-tuc'],
      ['en', 'news'],
    ] as const) {
      const feed = parse(readFileSync(join(DIST, locale, 'rss.xml'), 'utf8'), {
        parseNoneClosedTags: true,
      });
      const links = feed.querySelectorAll('item guid').map((g) => new URL(g.textContent).pathname);
      expect(links.length).toBeGreaterThanOrEqual(4);
      for (const link of links) expect(link.startsWith(`/${locale}/${section}/`)).toBe(true);
      expect(feed.querySelector('language')!.textContent).toBe(locale);
    }
  });
});

describe('content security policy', () => {
  it('is set on every page, without unsafe-inline or unsafe-eval for scripts', () => {
    for (const page of builtPages()) {
      const csp = page.doc
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute('content');
      expect(csp, page.path).toBeTruthy();
      const script = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
      expect(script, page.path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(csp, page.path).toMatch(/default-src 'self'/);
      expect(csp, page.path).toMatch(/object-src 'none'/);
    }
  });
});
