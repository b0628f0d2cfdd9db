import { localeOfPath, withoutBase } from '../routes/paths';

/**
 * What "Save for offline" stores for a page: the page itself and the site's
 * pages it links to, each once, without fragments or queries. Only pages of
 * the site under the deployment base and in a language (`/vi/…`, `/en/…`):
 * no files (PDFs, feeds, images), no other sites, not the page's own
 * translation (a link to the other language is a choice, not a plan).
 */
export function pagesToSave(pageUrl: string, hrefs: readonly string[], base: string): string[] {
  const page = new URL(pageUrl);
  const ownLocale = localeOfPath(withoutBase(page.pathname, base));
  const out = new Set<string>([`${page.origin}${page.pathname}`]);
  for (const href of hrefs) {
    let url: URL;
    try {
      url = new URL(href, page);
    } catch {
      continue;
    }
    if (url.origin !== page.origin) continue;
    const path = withoutBase(url.pathname, base);
    if (path === url.pathname && base.replace(/\/+$/, '') !== '') continue; // outside the base
    const locale = localeOfPath(path);
    if (!locale || locale !== ownLocale) continue;
    if (!path.endsWith('/')) continue; // a file, not a page
    out.add(`${url.origin}${url.pathname}`);
  }
  return [...out];
}
