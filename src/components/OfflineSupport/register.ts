import { CACHES, type WorkerMessage } from '../../lib/offline/cache-names';

/**
 * Register the worker; on the first visit keep the page that is open (it
 * loaded before the worker existed); offer a waiting update politely.
 */
export async function startOfflineSupport(root: HTMLElement): Promise<void> {
  const firstVisit = !navigator.serviceWorker.controller;
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(root.dataset.sw!, {
      scope: root.dataset.scope!,
    });
  } catch {
    return; // private mode, blocked storage: the site works as before, just not offline
  }
  if (firstVisit) {
    await navigator.serviceWorker.ready;
    await keepOpenPage().catch(() => undefined);
  }
  watchForUpdates(root, registration);
  // For tests and tools: the worker controls the page and the open page is stored.
  root.dataset.state = 'ready';
}

/**
 * Store this page and what it loaded in the worker's caches, from the
 * browser's HTTP cache (`force-cache`): nothing is downloaded again.
 */
async function keepOpenPage(): Promise<void> {
  const page = await fetch(location.href, { cache: 'force-cache' });
  if (page.ok)
    await (await caches.open(CACHES.pages)).put(location.origin + location.pathname, page);
  const [images, assets] = await Promise.all([
    caches.open(CACHES.images),
    caches.open(CACHES.assets),
  ]);
  const used = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  await Promise.all(
    used.map(async ({ name, initiatorType }) => {
      const url = new URL(name);
      if (url.origin !== location.origin) return;
      const cache =
        initiatorType === 'img' || /\.(?:png|jpe?g|webp|avif|svg|gif)$/.test(url.pathname)
          ? images
          : /\/_astro\/.+\.(?:js|css)$/.test(url.pathname)
            ? assets
            : undefined;
      if (!cache || (await cache.match(url.href))) return;
      const response = await fetch(url.href, { cache: 'force-cache' });
      if (response.ok) await cache.put(url.href, response);
    }),
  );
}

function watchForUpdates(root: HTMLElement, registration: ServiceWorkerRegistration): void {
  let accepted = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Also fires when the first worker takes control: reload only when the visitor asked.
    if (accepted) location.reload();
  });
  const offer = (worker: ServiceWorker) => {
    if (root.childElementCount > 0) return;
    const text = document.createElement('p');
    text.textContent = root.dataset.msgReady ?? '';
    const now = document.createElement('button');
    now.type = 'button';
    now.textContent = root.dataset.msgNow ?? '';
    now.addEventListener('click', () => {
      accepted = true;
      worker.postMessage({ type: 'SKIP_WAITING' } satisfies WorkerMessage);
    });
    const later = document.createElement('button');
    later.type = 'button';
    later.textContent = root.dataset.msgLater ?? '';
    later.addEventListener('click', () => root.replaceChildren());
    root.replaceChildren(text, now, later);
  };
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const next = registration.installing;
    next?.addEventListener('statechange', () => {
      if (next.state === 'installed' && navigator.serviceWorker.controller) offer(next);
    });
  });
}
