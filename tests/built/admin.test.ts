import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { adminCspMeta } from '../../src/admin/headers';
import { ADMIN_PREFIX, DIST, builtFiles, builtPages } from '../support/dist';

/**
 * The browser editor as built into dist/admin/ (src/integrations/admin.ts):
 * served from our origin only, never indexed or linked, and nothing of it on
 * the public pages. Its behaviour in a browser is tests/browser/editor.test.ts.
 */
const admin = (path: string) => join(DIST, 'admin', path);
const html = () => readFileSync(admin('index.html'), 'utf8');
const adminFiles = () => builtFiles().filter((path) => path.startsWith(ADMIN_PREFIX));

describe('the editor at /admin/', () => {
  it('is a noindex page with its own CSP, its script and config from our origin', () => {
    const page = html();
    expect(page).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(page).toContain(
      `<meta http-equiv="content-security-policy" content="${adminCspMeta()}" />`,
    );
    expect(page).toContain('<script type="module" src="./editor.js"></script>');
    expect(page).toContain(
      '<link rel="cms-config-url" type="application/yaml" href="./config.yml" />',
    );
    expect(page).not.toMatch(/(?:src|href)="https?:/);
  });

  it('carries Sveltia CMS itself, its fonts and icons, with no CDN address in its styles', () => {
    const assets = readdirSync(admin('assets'));
    for (const font of ['material-symbols-outlined', 'source-sans-3', 'noto-mono'])
      expect(assets.some((name) => name.startsWith(font) && name.endsWith('.woff2'))).toBe(true);
    const scripts = adminFiles().filter((path) => path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const path of scripts)
      expect(readFileSync(join(DIST, path), 'utf8'), path).not.toMatch(
        /@font-face[^}]*https?:\/\/|url\(https?:\/\/(?:cdn\.jsdelivr\.net|fonts\.(?:googleapis|gstatic)\.com)/,
      );
  });

  it('has a configuration with one collection per content folder', () => {
    const config = yaml.load(readFileSync(admin('config.yml'), 'utf8')) as {
      collections: { folder: string }[];
    };
    const folders = readdirSync('content').map((name) => `content/${name}`);
    expect(config.collections.map((c) => c.folder).sort()).toEqual(folders.sort());
  });

  it('is linked from no public page, listed in no sitemap and indexed by no search', () => {
    for (const page of builtPages()) expect(page.html, page.path).not.toMatch(/["'/]admin\//);
    expect(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
    expect(html()).not.toContain('data-pagefind-body');
    const fragments = join(DIST, 'pagefind/fragment');
    for (const name of readdirSync(fragments)) {
      const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
      expect(text, name).not.toContain('"url":"/admin');
    }
  });

  it('adds nothing to the public pages: no editor code outside /admin/', () => {
    expect(existsSync(admin('editor.js'))).toBe(true);
    for (const path of builtFiles().filter(
      (p) => !p.startsWith(ADMIN_PREFIX) && /\.(js|css|html)$/.test(p),
    ))
      expect(readFileSync(join(DIST, path), 'utf8'), path).not.toMatch(/sveltia/i);
  });
});
