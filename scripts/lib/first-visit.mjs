/**
 * What a first visit costs, counted where a host counts it: the bytes the
 * static server (static-site.mjs, gzip on) sent for one page in a fresh
 * browser profile, including the service worker's precache and Pagefind's
 * Web Worker requests, which a page's own `response` events never see.
 * One implementation for the byte-budget test and `npm run measure:bytes`.
 */

/**
 * @typedef {import('./static-site.mjs').Served} Served
 * @typedef {{ origin: string, served: Served[] }} Server
 * @typedef {Record<'html' | 'css' | 'js' | 'font' | 'image' | 'search' | 'worker' | 'other', number>} Kinds
 * @typedef {{ total: number, requests: number, kinds: Kinds, files: Served[] }} Visit
 */

/** Which kind a served path is, for the table. */
function kindOf(/** @type {string} */ path) {
  const clean = path.split('?')[0] ?? '';
  if (/\/pagefind\//.test(clean)) return 'search';
  if (/\/sw\.js$|\/workbox-[\w-]+\.js$/.test(clean)) return 'worker';
  if (/\.html$|\/$/.test(clean)) return 'html';
  if (/\.css$/.test(clean)) return 'css';
  if (/\.m?js$/.test(clean)) return 'js';
  if (/\.woff2?$/.test(clean)) return 'font';
  if (/\.(?:png|jpe?g|webp|avif|svg|ico|gif)$/.test(clean)) return 'image';
  return 'other';
}

/** @param {Served[]} files @returns {Visit} */
function summarise(files) {
  /** @type {Kinds} */
  const kinds = { html: 0, css: 0, js: 0, font: 0, image: 0, search: 0, worker: 0, other: 0 };
  for (const file of files) kinds[/** @type {keyof Kinds} */ (kindOf(file.path))] += file.bytes;
  return { total: files.reduce((n, f) => n + f.bytes, 0), requests: files.length, kinds, files };
}

/**
 * Wait until nothing more is coming: the page's network is idle and, when the
 * page registers a service worker, that worker has installed (its precache is
 * downloaded) and activated. Waits on conditions only, never on a clock.
 * @param {import('playwright-core').Page} page
 */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return;
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return;
    await navigator.serviceWorker.ready;
  });
  await page.waitForLoadState('networkidle');
}

/**
 * Open `path` in a new, empty browser context (no HTTP cache, no service
 * worker) and count what the server sent until the page settled. With
 * `search`, type the query into the page's search box and count until the
 * results are shown. Launch the browser with NO_OUTSIDE_HOSTS: requests are
 * not intercepted here, because interception disables the HTTP cache, and the
 * service worker's precache relies on it for files the page already loaded.
 * @param {import('playwright-core').Browser} browser
 * @param {Server} server
 * @param {string} path
 * @param {{ search?: string }} [options]
 * @returns {Promise<Visit>}
 */
export async function firstVisit(browser, server, path, { search } = {}) {
  const context = await browser.newContext();
  const start = server.served.length;
  try {
    const page = await context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await settle(page);
    if (search !== undefined) {
      const root = '[data-search-page] [data-search]';
      await page.fill(`${root} [data-search-input]`, search);
      await page.waitForFunction(
        ([selector, q]) => {
          const el = /** @type {HTMLElement | null} */ (document.querySelector(selector ?? ''));
          return el?.dataset.state === 'done' && el.dataset.query === q;
        },
        [root, search.trim()],
        { timeout: 30_000 },
      );
      await settle(page);
    }
    return summarise(server.served.slice(start));
  } finally {
    await context.close();
  }
}

/** `12.3 KB` (1 KB = 1,024 bytes). */
export const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
