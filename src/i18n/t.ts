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

export function useTranslations(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}
