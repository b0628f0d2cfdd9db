import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_PREFIX, DIST, builtFiles, pageAt, resolves } from '../support/dist';
import { TILE_SOURCE } from '../../src/site.config';

/**
 * What the built site gives the service worker and the phone's home screen.
 * Behaviour offline is tested in Chromium (tests/browser/offline.test.ts).
 */
const OFFLINE = { vi: '/vi/ngoai-tuyen/', en: '/en/offline/' } as const;
const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precache = JSON.parse(/\[\{"revision"[\s\S]*?\}\]/.exec(worker)![0]) as {
  url: string;
  revision: string | null;
}[];

describe('the offline pages', () => {
  it('exist in both languages, paired, not indexed, not searchable', () => {
    for (const [locale, path] of Object.entries(OFFLINE)) {
      const page = pageAt(path);
      expect(page.doc.querySelector('html')!.getAttribute('lang')).toBe(locale);
      expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
        'noindex',
      );
      expect(page.doc.querySelector('[data-pagefind-body]'), path).toBeNull();
      const other = Object.values(OFFLINE).find((p) => p !== path)!;
      expect(page.doc.querySelector('[data-language-switch]')!.getAttribute('href')).toBe(other);
    }
  });
});

describe('the service worker', () => {
  it('precaches both offline pages and the fonts, with hashed files unrevisioned', () => {
    const urls = precache.map((e) => e.url);
    expect(urls).toEqual(expect.arrayContaining(Object.values(OFFLINE)));
    // The site's fonts (the editor at /admin/ carries its own, never precached).
    const fonts = builtFiles().filter((f) => f.endsWith('.woff2') && !f.startsWith(ADMIN_PREFIX));
    expect(fonts.length).toBe(2);
    expect(urls).toEqual(expect.arrayContaining(fonts));
    for (const entry of precache) {
      expect(resolves(entry.url), entry.url).toBe(true);
      expect(entry.revision === null, entry.url).toBe(entry.url.startsWith('/_astro/'));
    }
    // Small on purpose: every first visit downloads what is not in the HTTP cache already.
    expect(precache.length).toBeLessThan(16);
  });

  it('has no route for map tiles or any other site', () => {
    expect(worker).not.toContain(new URL(TILE_SOURCE.origin).host);
    expect(worker).not.toMatch(/openstreetmap|tile\./i);
  });
});

describe('the web app manifest', () => {
  it('exists per language, with icons that exist, and every page links its own', () => {
    for (const locale of ['vi', 'en'] as const) {
      const manifest = JSON.parse(
        readFileSync(join(DIST, locale, 'manifest.webmanifest'), 'utf8'),
      ) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose: string }[] };
      expect(manifest.lang).toBe(locale);
      expect(manifest.start_url).toBe(`/${locale}/`);
      expect(manifest.display).toBe('standalone');
      expect(manifest.name).toBeTruthy();
      for (const icon of manifest.icons) expect(resolves(icon.src), icon.src).toBe(true);
      const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
      expect(sizes).toEqual(
        expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
      );
      const png = readFileSync(join(DIST, 'icons', 'icon-512.png'));
      expect(png.readUInt32BE(16)).toBe(512); // IHDR width
      expect(
        pageAt(`/${locale}/`).doc.querySelector('link[rel="manifest"]')!.getAttribute('href'),
      ).toBe(`/${locale}/manifest.webmanifest`);
    }
  });
});
