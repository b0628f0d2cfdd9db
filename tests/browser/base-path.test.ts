import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { tempSite, type TempSite } from '../support/temp-site';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-site.mjs';
import { launchChromium, isolatedContext } from '../support/browser';
import { waitForResults, resultHrefs } from './search-support';

/**
 * Hosting under a sub-path of the provincial portal: build with BASE_PATH and check
 * that every link and asset carries the prefix and resolves, and that pages work in a browser.
 */
const BASE = '/quoc-te/';

let site: TempSite;
let server: RunningServer;
let browser: Browser;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : full.endsWith('.html') ? [full] : [];
  });
}

beforeAll(async () => {
  site = tempSite({ content: 'all' });
  const result = site.build({ BASE_PATH: BASE });
  if (result.status !== 0)
    throw new Error(`build with BASE_PATH failed:\n${result.output.slice(-3000)}`);
  server = await serveStatic(site.dist, { base: BASE });
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

describe(`deployment under a sub-path (${BASE})`, () => {
  it('prefixes and resolves every internal link and asset', () => {
    const broken: string[] = [];
    const files = htmlFiles(site.dist);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const doc = parse(readFileSync(file, 'utf8'));
      const refs = [
        ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
        ...doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
      ].filter((ref) => ref.startsWith('/') && !ref.startsWith('//'));
      for (const ref of refs) {
        const page = `/${relative(site.dist, file)}`;
        if (!ref.startsWith(BASE)) {
          broken.push(`${page}: ${ref} lacks ${BASE}`);
          continue;
        }
        const path = ref
          .slice(BASE.length - 1)
          .split('#')[0]!
          .split('?')[0]!;
        const target = join(site.dist, decodeURI(path));
        const ok =
          existsSync(target) &&
          (statSync(target).isFile() || existsSync(join(target, 'index.html')));
        if (!ok) broken.push(`${page}: ${ref} does not resolve`);
      }
    }
    expect(broken.slice(0, 30)).toEqual([]);
  });

  it('loads pages in a browser with no failed request', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    for (const path of ['', 'vi/', 'en/heritage/lao-kho-relic/', 'vi/ban-do/', 'en/search/']) {
      await page.goto(`${server.origin}${BASE}${path}`, { waitUntil: 'networkidle' });
    }
    expect(failed).toEqual([]);
    await context.close();
  });

  it('searches with the index under the prefix and returns prefixed links', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}en/search/?q=pha%20din`);
    await waitForResults(page, 'page', 'pha din');
    const hrefs = await resultHrefs(page, 'page');
    expect(hrefs.slice(0, 3)).toContain(`${BASE}en/heritage/pha-din-pass/`);
    for (const href of hrefs) expect(href.startsWith(`${BASE}en/`), href).toBe(true);
    await context.close();
  });

  it('shows the province map with every place and popups linking under the prefix', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const geojson = await (await fetch(`${server.origin}${BASE}en/map/places.geojson`)).json();
    await page.goto(`${server.origin}${BASE}en/map/`);
    await page.locator('[data-map="province"]').scrollIntoViewIfNeeded();
    const markers = page.locator('[data-map="province"] .leaflet-marker-icon');
    await markers.first().waitFor({ timeout: 20_000 });
    const counts = await markers.evaluateAll((els) =>
      els.map((el) => Number(el.getAttribute('data-place-count'))),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(geojson.features.length);
    for (const feature of geojson.features)
      expect(feature.properties.url.startsWith(`${BASE}en/`)).toBe(true);
    await markers.first().focus();
    await page.keyboard.press('Enter');
    const link = await page.locator('.leaflet-popup a[href^="/"]').first().getAttribute('href');
    expect(link?.startsWith(`${BASE}en/`)).toBe(true);
    await context.close();
  });
});
