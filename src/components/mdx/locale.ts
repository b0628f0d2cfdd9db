import { assertLocale, type Locale } from '../../i18n/locales';

/**
 * Kit components are placed by editors inside the page text, so nobody passes
 * them the language: they read it from the page address (`Astro.currentLocale`).
 * Outside a localized page that is a mistake of the code, not of the editor:
 * it fails, as PlaceMapEmbed does, rather than show a page in the wrong language.
 */
export function mdxLocale(current: string | undefined, component: string): Locale {
  return assertLocale(current, `<${component}> (Astro.currentLocale)`);
}
