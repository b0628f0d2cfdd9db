/**
 * The names the service worker (src/service-worker/sw.ts) and the pages that
 * read its caches (the offline page, "Save for offline") share. A name ends in
 * a version: change it when what a cache holds changes shape, and the worker
 * deletes the old one when it activates.
 */
export const CACHES = {
  /** Pages the visitor opened, newest last; trimmed to `LIMITS.pages`. */
  pages: 'son-la-pages-v1',
  /** Pages saved with "Save for offline": never trimmed, removed by the visitor. */
  saved: 'son-la-saved-v1',
  /** Same-origin images as they are seen. */
  images: 'son-la-images-v1',
  /** Hashed scripts and styles that are not precached (Leaflet, the search dialog). */
  assets: 'son-la-assets-v1',
  /** Pagefind's index chunks, fragments and metadata already used (hashed names). */
  search: 'son-la-search-v1',
  /** Pagefind's script, WebAssembly and entry file: a handful, never trimmed. */
  searchRuntime: 'son-la-search-runtime-v1',
  /** Map data (GeoJSON), refreshed in the background. */
  data: 'son-la-data-v1',
} as const;

export type CacheKey = keyof typeof CACHES;

/** Entries kept per cache before the oldest go (a count, not bytes: Cache Storage has no sizes). */
export const LIMITS: Partial<Record<CacheKey, number>> = {
  pages: 200,
  images: 150,
  assets: 80,
  search: 400,
  data: 20,
};

/**
 * Pagefind adds `?ts=<tag>` to its entry file; without a tag it adds the time,
 * so no cache could ever answer it offline. A fixed tag keeps one address; the
 * worker revalidates that address whenever the network answers.
 */
export const SEARCH_META_CACHE_TAG = 'son-la';

/** Seconds a navigation waits for the network before a cached copy is shown. */
export const NETWORK_TIMEOUT_SECONDS = 4;

/** Messages pages send to the worker. */
export type WorkerMessage =
  /** Skip waiting: the visitor asked to use the new version now. */
  { type: 'SKIP_WAITING' };
