import type { PagefindApi } from '../../lib/search/engine';
import { SEARCH_META_CACHE_TAG } from '../../lib/offline/cache-names';

let loading: Promise<PagefindApi> | undefined;

/**
 * Load Pagefind's browser library once, from the site's own pagefind/ bundle
 * under the deployment base (never a hard-coded `/pagefind/`). It picks the
 * index for `<html lang>`, so a Vietnamese page only ever searches Vietnamese.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Result URLs come back under the same base; 24 words keep a result to about three lines on a phone.
    // No Web Worker: it is 12 KB more on a first search, and searching a site this size on
    // the main thread takes a few milliseconds. A fixed metaCacheTag keeps the index's
    // entry file at one address, so the service worker can keep it for offline search.
    await pagefind.options({
      baseUrl: base,
      excerptLength: 24,
      noWorker: true,
      metaCacheTag: SEARCH_META_CACHE_TAG,
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    // Let a later attempt retry (a flaky connection should not break search for the whole visit).
    loading = undefined;
  });
  return loading;
}
