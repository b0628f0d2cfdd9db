import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewritePage, rewriteReferences } from './fonts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('rewriting references after the font files are renamed', () => {
  it('renames the CSS that names a font by its new content, and the pages follow', () => {
    const dist = mkdtempSync(join(tmpdir(), 'fonts-test-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'en'));
    writeFileSync(
      join(dist, '_astro', 'site.AAAAAAAA.css'),
      'src:url(/_astro/f-400.OLD00000.woff2)',
    );
    writeFileSync(join(dist, '_astro', 'other.BBBBBBBB.css'), 'body{color:red}');
    writeFileSync(
      join(dist, 'en', 'index.html'),
      '<link rel="stylesheet" href="/_astro/site.AAAAAAAA.css"><link rel="preload" href="/_astro/f-400.OLD00000.woff2">',
    );
    rewriteReferences(dist, '_astro', new Map([['f-400.OLD00000.woff2', 'f-400.NEW00000.woff2']]));
    const names = readdirSync(join(dist, '_astro')).sort();
    expect(names).toContain('other.BBBBBBBB.css');
    const css = names.find((n) => n.startsWith('site.'))!;
    expect(css).not.toBe('site.AAAAAAAA.css');
    expect(readFileSync(join(dist, '_astro', css), 'utf8')).toBe(
      'src:url(/_astro/f-400.NEW00000.woff2)',
    );
    expect(readFileSync(join(dist, 'en', 'index.html'), 'utf8')).toBe(
      `<link rel="stylesheet" href="/_astro/${css}"><link rel="preload" href="/_astro/f-400.NEW00000.woff2">`,
    );
  });

  it("updates an inline style's hash in the page's CSP, and leaves other hashes alone", () => {
    const style = '@font-face{src:url(/_astro/f-400.OLD00000.woff2)}';
    const other = 'body{margin:0}';
    const html = `<meta http-equiv="content-security-policy" content="style-src 'self' ${hash(style)} ${hash(other)}"><style>${style}</style><style>${other}</style>`;
    const page = rewritePage(html, (t) => t.replaceAll('OLD00000', 'NEW00000'));
    const newStyle = style.replace('OLD00000', 'NEW00000');
    expect(page).toContain(`<style>${newStyle}</style>`);
    expect(page).toContain(hash(newStyle));
    expect(page).toContain(hash(other));
    expect(page).not.toContain(hash(style));
  });
});
