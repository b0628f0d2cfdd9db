/**
 * Markers `npm run new` writes where an editor still has to fill something in.
 * Both languages, because each file is pre-filled in its own language. The
 * checker refuses them in production, so a half-written page is never published.
 */
export const PLACEHOLDER_MARKERS = ['TODO:', 'CẦN ĐIỀN:'] as const;

export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER_MARKERS.some((marker) => text.includes(marker));
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
