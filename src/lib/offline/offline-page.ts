import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../../i18n/locales';
import { localeOfPath, offlinePagePath, withBase, withoutBase } from '../routes/paths';

/**
 * The language of the offline page to show for a request that cannot be
 * answered: the language of the address (`/en/…` → English); for addresses in
 * no language (`/`), the first of the browser's languages the site has.
 */
function offlineLocaleFor(
  pathname: string,
  base: string,
  browserLanguages: readonly string[] = [],
): Locale {
  const fromPath = localeOfPath(withoutBase(pathname, base));
  if (fromPath) return fromPath;
  for (const tag of browserLanguages) {
    const code = tag.toLowerCase().split('-')[0];
    const match = LOCALE_CODES.find((l) => l === code);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/** The offline page's address for that request, under the deployment base. */
export function offlinePageUrl(
  pathname: string,
  base: string,
  browserLanguages: readonly string[] = [],
): string {
  return withBase(offlinePagePath(offlineLocaleFor(pathname, base, browserLanguages)), base);
}
