import { CACHES } from '../../lib/offline/cache-names';
import { pagesToList, pageTitle, type CachedPage } from '../../lib/offline/cached-pages';
import { LOCALE_CODES, isLocale } from '../../i18n/locales';
import { offlinePagePath, withBase } from '../../lib/routes/paths';

async function read(cacheName: string, saved: boolean): Promise<CachedPage[]> {
  if (!(await caches.has(cacheName))) return [];
  const cache = await caches.open(cacheName);
  const pages: CachedPage[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const title = response && pageTitle(await response.text());
    if (title) pages.push({ url: request.url, title, saved });
  }
  return pages;
}

/** Fill the offline page's lists with the pages this device keeps, in the page's language. */
export async function listStoredPages(root: HTMLElement): Promise<void> {
  const locale = root.dataset.locale;
  const base = root.dataset.base ?? '/';
  if (!isLocale(locale)) return;
  const stored = [...(await read(CACHES.saved, true)), ...(await read(CACHES.pages, false))];
  const offlinePages = LOCALE_CODES.map((l) => withBase(offlinePagePath(l), base));
  const listed = pagesToList(stored, locale, base, offlinePages);
  for (const kind of ['saved', 'read'] as const) {
    const section = root.querySelector<HTMLElement>(`[data-offline-list="${kind}"]`)!;
    const items = listed
      .filter((page) => page.saved === (kind === 'saved'))
      .map((page) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = page.url;
        a.textContent = page.title;
        li.append(a);
        return li;
      });
    section.querySelector('ul')!.replaceChildren(...items);
    section.hidden = items.length === 0;
  }
  root.querySelector<HTMLElement>('[data-offline-none]')!.hidden = listed.length > 0;
  root.dataset.state = 'listed';
}
