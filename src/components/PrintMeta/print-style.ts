import { createHash } from 'node:crypto';

/**
 * The page's public address and the site's name for the margins of a printed
 * page. The print stylesheet writes `var(--print-url)` and `var(--print-site)` in
 * @page margin boxes; this rule sets them. It is an inline <style>, so its hash goes into the page's CSP (the site
 * never allows 'unsafe-inline').
 */
export function printMarginStyle({ url, site }: { url: string; site: string }): {
  css: string;
  hash: `sha256-${string}`;
} {
  // JSON string syntax is valid CSS string syntax here (no newlines, quotes escaped).
  const css = `:root{--print-url:${JSON.stringify(url)};--print-site:${JSON.stringify(site)}}`;
  const hash = `sha256-${createHash('sha256').update(css).digest('base64')}` as const;
  return { css, hash };
}
