import { isLocale, type Locale } from '../../i18n/locales';
import { SECTIONS, type SectionKey } from './sections';

/**
 * Localized paths, always with a trailing slash and without the deployment base.
 * Apply `withBase` once, where a path becomes an href.
 */
export function localeHomePath(locale: Locale): string {
  return `/${locale}/`;
}

export function sectionPath(locale: Locale, section: SectionKey): string {
  return `/${locale}/${SECTIONS[section].segment[locale]}/`;
}

export function topicPath(locale: Locale, section: SectionKey, slug: string): string {
  return `${sectionPath(locale, section)}${slug}/`;
}

/** General pages (about, contact, …) sit directly under the language root. */
export function generalPagePath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}/`;
}

/** The page shown when a page cannot be reached offline (src/views/OfflineView.astro). */
const OFFLINE_SEGMENT = { vi: 'ngoai-tuyen', en: 'offline' } as const satisfies Record<
  Locale,
  string
>;

export function offlinePagePath(locale: Locale): string {
  return `/${locale}/${OFFLINE_SEGMENT[locale]}/`;
}

/** A language's "page not found" page; the host serves it for unknown paths (deploy/). */
export function notFoundPath(locale: Locale): string {
  return `/${locale}/404/`;
}

/** A language's web app manifest ("Add to home screen" opens that language's home). */
export function manifestPath(locale: Locale): string {
  return `/${locale}/manifest.webmanifest`;
}

/** A language's news feed. */
export function rssPath(locale: Locale): string {
  return `/${locale}/rss.xml`;
}

/**
 * Prefix a site path with the deployment base (`/` on its own domain,
 * `/quoc-te/` under a sub-path of the provincial portal).
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/')) return path;
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path}`;
}

/** Remove the deployment base from a pathname, the inverse of `withBase`. */
export function withoutBase(pathname: string, base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  if (trimmed && pathname.startsWith(trimmed)) return pathname.slice(trimmed.length) || '/';
  return pathname;
}

/** The language a site path (without base) belongs to, or undefined for `/`, assets and files. */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}
