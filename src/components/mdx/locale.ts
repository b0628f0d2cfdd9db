import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locales';

/**
 * Kit components are placed by editors inside the page text, so nobody passes
 * them the language: they read it from the page address (`Astro.currentLocale`).
 */
export function mdxLocale(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}
