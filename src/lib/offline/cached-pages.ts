import { LOCALES, type Locale } from '../../i18n/locales';
import { localeOfPath, withoutBase } from '../routes/paths';

/** A page the browser can open offline, as the offline page lists it. */
export interface CachedPage {
  url: string;
  title: string;
  saved: boolean;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Decode the entities Astro writes when it escapes text (`&amp;`, `&#39;`, …).
 * Small on purpose: it runs in the offline page, where a full entity table
 * would cost more than the page.
 */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** The `<title>` of a page, entities decoded, without the " | Sơn La" suffix the layout adds. */
export function pageTitle(html: string): string | undefined {
  const match = /<title>([^<]*)<\/title>/i.exec(html);
  if (!match) return undefined;
  const title = decodeEntities(match[1]!).trim();
  return title.replace(/\s+\|\s+[^|]+$/, '') || title;
}

/**
 * The pages to list for a visitor in `locale`: only that language, each page
 * once (a saved page counts as saved even if it was also visited), the
 * offline pages themselves left out, sorted by title the way the language sorts.
 */
export function pagesToList(
  pages: readonly CachedPage[],
  locale: Locale,
  base: string,
  exclude: readonly string[] = [],
): CachedPage[] {
  const byPath = new Map<string, CachedPage>();
  for (const page of pages) {
    const url = new URL(page.url);
    const path = withoutBase(url.pathname, base);
    if (localeOfPath(path) !== locale || exclude.includes(url.pathname)) continue;
    const known = byPath.get(url.pathname);
    byPath.set(url.pathname, {
      url: url.pathname,
      title: known?.title ?? page.title,
      saved: page.saved || (known?.saved ?? false),
    });
  }
  const collator = new Intl.Collator(LOCALES[locale].intl);
  return [...byPath.values()].sort((a, b) => collator.compare(a.title, b.title));
}
