import type { Locale } from '../../i18n/locales';

/**
 * The marker `npm run new` writes where an editor still has to fill something
 * in, in the file's own language. The checker refuses every marker in every
 * file when publishing, so a half-written page is never published.
 */
export const PLACEHOLDER: Record<Locale, string> = { vi: 'CẦN ĐIỀN:', en: 'TODO:' };

const MARKERS = Object.values(PLACEHOLDER);

export function hasPlaceholder(text: string): boolean {
  return MARKERS.some((marker) => text.includes(marker));
}

/** Paths (`sources[0].title`) of every frontmatter value that still holds a marker. */
export function placeholderPaths(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof data === 'string') return hasPlaceholder(data) ? [path] : [];
  if (Array.isArray(data))
    return data.flatMap((item, index) => placeholderPaths(item, [...path, index]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => placeholderPaths(value, [...path, key]));
  }
  return [];
}
