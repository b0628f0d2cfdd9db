import { withBase } from './paths';

/**
 * How a link written in content is rendered. Editors write site paths
 * (`/vi/di-tich/`); the deployment base is added here so content never has to
 * know it. Links that leave the site get rel="external noopener noreferrer":
 * the linked page cannot reach back into ours, and readers' addresses stay private.
 */
export function contentLinkAttributes(
  href: string | undefined,
  base: string,
): { href: string | undefined; rel?: string } {
  if (!href) return { href };
  if (/^https?:\/\//i.test(href)) return { href, rel: 'external noopener noreferrer' };
  if (href.startsWith('/') && !href.startsWith('//')) return { href: withBase(href, base) };
  return { href };
}
