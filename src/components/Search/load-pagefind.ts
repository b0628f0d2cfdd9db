import type { PagefindApi } from '../../lib/search/engine';

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
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    // Let a later attempt retry (a flaky connection should not break search for the whole visit).
    loading = undefined;
  });
  return loading;
}
