import { CACHES } from '../../lib/offline/cache-names';
import { pagesToSave } from '../../lib/offline/save-list';
import { fill, plural } from '../../lib/format/template';

/** Same-origin images a saved page shows, so it reads complete offline. */
function imagesOf(html: string, pageUrl: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll<HTMLImageElement>('main img[src]')]
    .map((img) => new URL(img.getAttribute('src')!, pageUrl))
    .filter((url) => url.origin === location.origin)
    .map((url) => url.href);
}

async function savePage(url: string, saved: Cache, pages: Cache, images: Cache): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const html = await response.clone().text();
  await Promise.all([saved.put(url, response.clone()), pages.put(url, response)]);
  await Promise.all(
    imagesOf(html, url).map(async (image) => {
      if (await images.match(image)) return;
      const picture = await fetch(image);
      if (picture.ok) await images.put(image, picture);
    }),
  );
}

let busy = false;

/** Save the open page and the pages it links to; the status line says how it went. */
export async function saveForOffline(root: HTMLElement): Promise<void> {
  if (busy) return;
  busy = true;
  const button = root.querySelector<HTMLButtonElement>('button')!;
  const status = root.querySelector<HTMLElement>('[data-save-offline-status]')!;
  const msg = root.dataset;
  button.setAttribute('aria-disabled', 'true');
  status.textContent = msg.msgSaving ?? '';
  root.dataset.state = 'saving';
  try {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) =>
      a.getAttribute('href')!,
    );
    const urls = pagesToSave(location.href, links, msg.base ?? '/');
    const [saved, pages, images] = await Promise.all([
      caches.open(CACHES.saved),
      caches.open(CACHES.pages),
      caches.open(CACHES.images),
    ]);
    const results = await Promise.allSettled(
      urls.map((url) => savePage(url, saved, pages, images)),
    );
    const done = results.filter((r) => r.status === 'fulfilled').length;
    const lang = document.documentElement.lang;
    status.textContent =
      done === urls.length
        ? fill(plural({ one: msg.msgSavedOne, other: msg.msgSavedOther ?? '' }, done, lang), {
            count: done,
          })
        : done > 0
          ? fill(msg.msgPartial ?? '', { saved: done, total: urls.length })
          : (msg.msgFailed ?? '');
    root.dataset.state = done === urls.length ? 'saved' : 'failed';
    root.dataset.saved = String(done);
  } catch {
    status.textContent = msg.msgFailed ?? '';
    root.dataset.state = 'failed';
  } finally {
    button.removeAttribute('aria-disabled');
    busy = false;
  }
}
