import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-site.mjs';
import { launchChromium, isolatedContext } from '../support/browser';
import { FIXTURE_BASE as BASE, fixtureSite } from '../support/fixture-build';
import { waitForResults, resultHrefs } from './search-support';

/**
 * Hosting under a sub-path of the provincial portal: the fixture site is built
 * with BASE_PATH (tests/support/fixture-build.ts); pages, search and the map
 * work there in a browser. tests/built/base-path.test.ts checks every link.
 */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const site = await fixtureSite();
  server = await serveStatic(site.dist, { base: BASE });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`deployment under a sub-path (${BASE})`, () => {
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
