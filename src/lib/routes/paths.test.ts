import { describe, expect, it } from 'vitest';
import {
  generalPagePath,
  localeHomePath,
  localeOfPath,
  sectionPath,
  topicPath,
  withBase,
  withoutBase,
} from './paths';
import { LOCALE_CODES, assertLocale, isLocale, otherLocales } from '../../i18n/locales';
import { SECTIONS, SECTION_KEYS } from './sections';

describe('localized paths', () => {
  it('prefixes both languages and translates section segments', () => {
    expect(localeHomePath('vi')).toBe('/vi/');
    expect(localeHomePath('en')).toBe('/en/');
    expect(sectionPath('vi', 'heritage')).toBe('/vi/di-tich/');
    expect(sectionPath('en', 'heritage')).toBe('/en/heritage/');
    expect(topicPath('vi', 'visit', 'moc-chau')).toBe('/vi/du-lich/moc-chau/');
    expect(topicPath('en', 'invest', 'industrial-parks')).toBe('/en/invest/industrial-parks/');
    expect(generalPagePath('en', 'about')).toBe('/en/about/');
  });

  it('follows the section scheme agreed for the site', () => {
    const scheme = Object.fromEntries(
      SECTION_KEYS.map((key) => [sectionPath('vi', key), sectionPath('en', key)]),
    );
    expect(scheme).toEqual({
      '/vi/van-hoa/': '/en/culture/',
      '/vi/di-tich/': '/en/heritage/',
      '/vi/du-lich/': '/en/visit/',
      '/vi/dau-tu/': '/en/invest/',
      '/vi/hop-tac/': '/en/cooperation/',
      '/vi/tin-tuc/': '/en/news/',
      '/vi/van-ban/': '/en/documents/',
      '/vi/ban-do/': '/en/map/',
      '/vi/tim-kiem/': '/en/search/',
    });
  });

  it('keeps every section segment ASCII and distinct per language', () => {
    for (const locale of LOCALE_CODES) {
      const segments = SECTION_KEYS.map((key) => SECTIONS[key].segment[locale]);
      expect(new Set(segments).size).toBe(segments.length);
      for (const segment of segments) expect(segment).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
  });

  it('applies and removes a deployment base', () => {
    expect(withBase('/vi/', '/')).toBe('/vi/');
    expect(withBase('/vi/', '/quoc-te/')).toBe('/quoc-te/vi/');
    expect(withBase('/vi/', '/quoc-te')).toBe('/quoc-te/vi/');
    expect(withBase('https://sonla.gov.vn', '/quoc-te/')).toBe('https://sonla.gov.vn');
    expect(withoutBase('/quoc-te/en/map/', '/quoc-te/')).toBe('/en/map/');
    expect(withoutBase('/en/map/', '/')).toBe('/en/map/');
  });

  it('tells the language of a path', () => {
    expect(localeOfPath('/en/heritage/')).toBe('en');
    expect(localeOfPath('/vi/')).toBe('vi');
    expect(localeOfPath('/')).toBeUndefined();
    expect(localeOfPath('/_astro/x.css')).toBeUndefined();
  });
});

describe('locale table', () => {
  it('narrows known codes and explains unknown ones', () => {
    expect(isLocale('vi')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('toString')).toBe(false);
    expect(assertLocale('en')).toBe('en');
    expect(() =>
      assertLocale('vn', 'content/heritage/x/vn.mdx'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unknown language "vn" in content/heritage/x/vn.mdx. Expected one of: vi, en.]`,
    );
  });

  it('switches to the other language', () => {
    expect(otherLocales('vi')).toEqual(['en']);
    expect(otherLocales('en')).toEqual(['vi']);
  });
});
