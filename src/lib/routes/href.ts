import { withBase } from '../../i18n/paths';

/** A site path as an href under the deployment base (`astro.config` `base`). */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** An absolute URL for canonical, hreflang, Open Graph and the sitemap. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config: "site" must be set (SITE_URL) to build absolute URLs.');
  return new URL(href(path), site).toString();
}
