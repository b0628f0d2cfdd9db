import { describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_CODES } from '../../src/i18n/locales';
import { withoutBase } from '../../src/lib/routes/paths';
import { BASE_PATH, SITE_URL } from '../../src/site.config';
import { builtPages, localizedPages, resolves, type BuiltPage } from '../support/dist';

/** Strip the configured origin and base, so absolute hreflang URLs map back to dist paths. */
function sitePath(url: string): string {
  return withoutBase(new URL(url, SITE_URL).pathname, BASE_PATH);
}

function localeOf(page: BuiltPage): string {
  return page.path.split('/')[1]!;
}

function hreflangs(page: BuiltPage): Map<string, string> {
  return new Map(
    page.doc
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((el) => [el.getAttribute('hreflang')!, sitePath(el.getAttribute('href')!)]),
  );
}

describe('both languages, linked as pairs', () => {
  const pages = localizedPages();

  it('builds a real site', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('has the same number of pages in each language', () => {
    const counts = Object.fromEntries(
      LOCALE_CODES.map((code) => [code, pages.filter((p) => localeOf(p) === code).length]),
    );
    console.info('pages per language:', counts);
    expect(new Set(Object.values(counts)).size).toBe(1);
  });

  it('sets <html lang> to the language of the URL', () => {
    for (const page of pages) {
      expect(page.doc.querySelector('html')!.getAttribute('lang'), page.path).toBe(
        LOCALES[localeOf(page) as 'vi'].htmlLang,
      );
    }
  });

  it('declares absolute, reciprocal hreflang alternates and x-default', () => {
    for (const page of pages) {
      const alternates = hreflangs(page);
      expect([...alternates.keys()].sort(), page.path).toEqual(
        [...LOCALE_CODES, 'x-default'].sort(),
      );
      expect(alternates.get(localeOf(page)), `${page.path} lists itself`).toBe(page.path);
      for (const el of page.doc.querySelectorAll('link[rel="alternate"][hreflang]')) {
        expect(el.getAttribute('href'), page.path).toMatch(/^https?:\/\//);
      }
      for (const code of LOCALE_CODES) {
        const target = builtPages().find((p) => p.path === alternates.get(code));
        expect(
          target,
          `${page.path} → hreflang ${code} ${alternates.get(code)} is not a built page`,
        ).toBeDefined();
        expect(
          hreflangs(target!).get(localeOf(page)),
          `${target!.path} does not point back to ${page.path}`,
        ).toBe(page.path);
      }
    }
  });

  it('has a canonical URL equal to its own address', () => {
    for (const page of pages) {
      const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical && sitePath(canonical), page.path).toBe(page.path);
    }
  });

  it('offers a language switch to the equivalent page, which resolves', () => {
    for (const page of pages) {
      const links = page.doc.querySelectorAll('[data-language-switch]');
      expect(links.length, `${page.path} has no language switch`).toBe(LOCALE_CODES.length - 1);
      for (const link of links) {
        const target = sitePath(link.getAttribute('href')!);
        const code = link.getAttribute('data-language-switch')!;
        expect(target, page.path).toBe(hreflangs(page).get(code));
        expect(resolves(target), `${page.path} switch → ${target}`).toBe(true);
        expect(link.getAttribute('hreflang')).toBe(LOCALES[code as 'vi'].htmlLang);
      }
    }
  });
});

describe('the bilingual entry page', () => {
  it('offers both languages without redirecting', () => {
    const root = builtPages().find((p) => p.path === '/')!;
    expect(root.html).not.toMatch(/http-equiv="refresh"/i);
    const targets = root.doc
      .querySelectorAll('a[hreflang]')
      .map((a) => sitePath(a.getAttribute('href')!));
    expect(targets.sort()).toEqual(LOCALE_CODES.map((code) => `/${code}/`).sort());
  });
});
