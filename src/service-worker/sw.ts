/**
 * The service worker: offline reading for visitors on mountain networks
 * (docs/adr/0005-offline-service-worker.md). Bundled with esbuild after the
 * site and its search index are built, then Workbox (workbox-build
 * `injectManifest`) writes the precache list into it: src/integrations/service-worker.ts.
 *
 * - Precached at install: the offline page in each language with the styles,
 *   scripts and fonts it needs (the same shell every page uses).
 * - Pages: network first; after NETWORK_TIMEOUT_SECONDS the copy from the
 *   last visit; else a page saved for offline; else the offline page in the
 *   visitor's language, which lists what can still be opened.
 * - Same-origin images and hashed assets: cached as they are used.
 * - Search: Pagefind's runtime and the index chunks and fragments already used,
 *   so a search made before answers offline.
 * - Map tiles and every other site: NO route. OpenStreetMap's tile policy
 *   forbids keeping tiles for offline use; the browser's HTTP cache handles
 *   them as their headers say, and Referer/User-Agent stay untouched.
 * - Updates: a new worker waits until every tab of the site is closed, so
 *   the new version starts on the next visit; the page offers to switch now.
 */
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';
import {
  CACHES,
  LIMITS,
  NETWORK_TIMEOUT_SECONDS,
  type CacheKey,
  type WorkerMessage,
} from '../lib/offline/cache-names';
import { offlinePageUrl } from '../lib/offline/offline-page';
import { ADMIN_DIR } from '../lib/routes/admin-path';

/** The slice of the worker's global scope used here (the project's types are the DOM's). */
interface WorkerScope {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  location: Location;
  navigator: Navigator;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(
    type: 'activate' | 'message',
    listener: (
      event: Event & { waitUntil(promise: Promise<unknown>): void; data?: unknown },
    ) => void,
  ): void;
}
declare const self: WorkerScope;
/** The deployment base (`/` or `/son-la/`), set when the worker is bundled. */
declare const __BASE__: string;

const BASE = __BASE__;
// The browser editor (/admin/) is not the public site: no route of this worker touches it.
const sameSite = (url: URL) =>
  url.origin === self.location.origin &&
  url.pathname.startsWith(BASE) &&
  !url.pathname.startsWith(`${BASE}${ADMIN_DIR}/`);

precacheAndRoute(self.__WB_MANIFEST);

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Caches of an older shape (their version suffix changed) go when the new worker takes over.
      const current = new Set<string>(Object.values(CACHES));
      for (const name of await caches.keys())
        if (name.startsWith('son-la-') && !current.has(name)) await caches.delete(name);
      // On the very first visit, control the open page at once so what it opens next is kept.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as WorkerMessage | undefined)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

/**
 * Keep at most LIMITS[key] entries. Cache Storage lists keys oldest first and
 * a refreshed entry is stored anew, so the oldest untouched ones go first.
 */
function trimmed(key: CacheKey): WorkboxPlugin[] {
  const max = LIMITS[key];
  if (!max) return [];
  return [
    {
      cacheDidUpdate: async ({ cacheName }) => {
        const cache = await caches.open(cacheName);
        const keys = await cache.keys();
        await Promise.all(
          keys.slice(0, Math.max(0, keys.length - max)).map((k) => cache.delete(k)),
        );
      },
    },
  ];
}

/** One cached copy per page: `/vi/tim-kiem/?q=…` is the search page whatever the query. */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    url.hash = '';
    return url.href;
  },
};

const pages = new NetworkFirst({
  cacheName: CACHES.pages,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [
    withoutQuery,
    ...trimmed('pages'),
    {
      // No network and no copy from a visit: a saved copy, else the offline page.
      handlerDidError: async ({ request }) => {
        const url = new URL(request.url);
        url.search = '';
        const saved = await caches.match(url.href, { cacheName: CACHES.saved });
        if (saved) return saved;
        const offline = offlinePageUrl(url.pathname, BASE, self.navigator.languages);
        return (await matchPrecache(offline)) ?? Response.error();
      },
    },
  ],
});
registerRoute(({ request, url }) => request.mode === 'navigate' && sameSite(url), pages);

registerRoute(
  ({ request, url }) => request.destination === 'image' && sameSite(url),
  new CacheFirst({ cacheName: CACHES.images, plugins: trimmed('images') }),
);

// Hashed file names: a name never changes its content, so the cache is always right.
registerRoute(
  ({ url }) => sameSite(url) && url.pathname.startsWith(`${BASE}_astro/`),
  new CacheFirst({ cacheName: CACHES.assets, plugins: trimmed('assets') }),
);

// Pagefind. Index chunks, fragments, filters and metadata have hashed names.
registerRoute(
  ({ url }) => sameSite(url) && /\/pagefind\/.+\.pf_\w+$/.test(url.pathname),
  new CacheFirst({ cacheName: CACHES.search, plugins: trimmed('search') }),
);
// The entry file names the current metadata: it must be fresh whenever the network answers.
registerRoute(
  ({ url }) => sameSite(url) && url.pathname.endsWith('/pagefind/pagefind-entry.json'),
  new NetworkFirst({
    cacheName: CACHES.searchRuntime,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    fetchOptions: { cache: 'no-cache' },
  }),
);
// Its script and WebAssembly change only with a Pagefind upgrade: answer from cache, refresh behind.
registerRoute(
  ({ url }) => sameSite(url) && url.pathname.startsWith(`${BASE}pagefind/`),
  new StaleWhileRevalidate({ cacheName: CACHES.searchRuntime }),
);

// Map data (places as GeoJSON): shown from cache, refreshed behind.
registerRoute(
  ({ url }) => sameSite(url) && url.pathname.startsWith(`${BASE}data/`),
  new StaleWhileRevalidate({ cacheName: CACHES.data, plugins: trimmed('data') }),
);
