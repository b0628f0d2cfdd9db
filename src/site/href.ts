import { withBase } from '../lib/routes/paths';
import { BASE_PATH } from '../site.config';

/**
 * A site path as an href under the deployment base. The base comes from our own
 * setting rather than `import.meta.env.BASE_URL`, which Astro leaves as "/" when
 * it renders the 404 pages — and those need the prefix most.
 */
export function href(path: string): string {
  return withBase(path, BASE_PATH);
}

/** An absolute URL for canonical, hreflang, Open Graph and the sitemap. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config: "site" must be set (SITE_URL) to build absolute URLs.');
  return new URL(href(path), site).toString();
}
