import i18next, { type TFunction } from 'i18next';
import vi from './ui/vi.json';
import en from './ui/en.json';
import { DEFAULT_LOCALE, type Locale } from './locales';

/**
 * UI strings through i18next, one JSON per language (`src/i18n/ui/`). Keys are
 * typed from the Vietnamese file (see `i18next.d.ts`), so a mistyped key fails
 * `npm run check`; a test keeps the two files' key sets identical.
 */
export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: DEFAULT_LOCALE,
  fallbackLng: false,
  // Resources are bundled, so initialise synchronously: pages render at build time.
  initAsync: false,
  // Astro escapes what it renders; escaping here too would double-encode "&".
  interpolation: { escapeValue: false },
  returnNull: false,
});

const fixedFor = new Map<Locale, TFunction>();

/**
 * The translation function for a language. Each page calls `t()` about fifty
 * times for the same header, footer and search strings; through i18next that
 * was 2 ms a page (build profile 2026-12). A call without options always gives
 * the same string, so it is looked up once per build; calls with options
 * (plurals, interpolation) still go through i18next.
 */
export function useTranslations(locale: Locale): TFunction {
  let t = fixedFor.get(locale);
  if (!t) {
    const fixed = instance.getFixedT(locale) as unknown as (
      key: string,
      options?: object,
    ) => string;
    const known = new Map<string, string>();
    t = ((key: string, options?: object) => {
      if (options !== undefined) return fixed(key, options);
      let text = known.get(key);
      if (text === undefined) known.set(key, (text = fixed(key)));
      return text;
    }) as unknown as TFunction;
    fixedFor.set(locale, t);
  }
  return t;
}
