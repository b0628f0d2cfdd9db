/**
 * The single source of truth for the site's languages. Routing, the language
 * switch, hreflang tags, the sitemap, date formats and the test URL lists all
 * derive from this table; no other file writes a language code (checked by
 * src/architecture.test.ts). A new language starts here; then `npm run check`
 * names every table that needs its text (records keyed by Locale: ui/<lang>.json,
 * the checker's messages, section segments, placeholders), see ADR 0001.
 */
export const LOCALES = {
  vi: {
    /** The language's own name, for the language switch. */
    label: 'Tiếng Việt',
    /** Its name inside a sentence of each language (the checker's messages). */
    name: { en: 'Vietnamese', vi: 'tiếng Việt' },
    /** BCP 47 tag for `<html lang>`, hreflang and Pagefind's per-language index. */
    htmlLang: 'vi',
    /** Locale handed to `Intl` for dates, numbers and collation. */
    intl: 'vi-VN',
    /**
     * The word before the year in a long date. ICU writes "2 tháng 12, 2026";
     * Vietnamese prose and official documents write "2 tháng 12 năm 2026".
     */
    yearWord: 'năm',
    ogLocale: 'vi_VN',
  },
  en: {
    label: 'English',
    name: { en: 'English', vi: 'tiếng Anh' },
    htmlLang: 'en',
    intl: 'en-GB',
    yearWord: null,
    ogLocale: 'en_GB',
  },
} as const;

export type Locale = keyof typeof LOCALES;

/** Vietnamese is the default: it is the language of the province's own documents. */
export const DEFAULT_LOCALE: Locale = 'vi';

export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/** Text in every language of the site, e.g. one editor message. */
export type Bilingual = Record<Locale, string>;

/** The order of the lines of a checker message: English first, the team's shared language. */
export const MESSAGE_ORDER: readonly Locale[] = ['en', 'vi'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/** Narrow an untrusted string (a URL segment, a file name) to a Locale, or explain why not. */
export function assertLocale(value: unknown, where = 'value'): Locale {
  if (isLocale(value)) return value;
  throw new Error(
    `Unknown language "${String(value)}" in ${where}. Expected one of: ${LOCALE_CODES.join(', ')}.`,
  );
}

/** The other language of a two-language site: the target of the language switch. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALE_CODES.filter((code) => code !== locale);
}
