import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isolatedContext } from '../support/browser';
import { browserSuite } from '../support/suite';
import { LOCALE_CODES, type Locale } from '../../src/i18n/locales';
import { sectionPath } from '../../src/lib/routes/paths';
import { placesDataPath } from '../../src/lib/geo/map-paths';
import { TILE_SOURCE } from '../../src/site.config';
import type { PlaceCollection } from '../../src/lib/geo/places-geojson';
import en from '../../src/i18n/ui/en.json';
import vi from '../../src/i18n/ui/vi.json';

/**
 * The province map in Chromium with every request off 127.0.0.1 blocked: the
 * "tiles never load" case is the default here, and the one that must work.
 */
const UI = { en, vi } as const;
const suite = browserSuite();

async function openMap(
  locale: Locale,
): Promise<{ page: Page; external: string[]; places: PlaceCollection }> {
  const { context, external } = await isolatedContext(suite.browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      errors.push(message.text());
  });
  await page.goto(`${suite.server.origin}${sectionPath(locale, 'map')}`);
  await page.locator('[data-map="province"]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-map="province"][data-map-state="ready"]', { timeout: 15_000 });
  const places = (await (
    await page.request.get(`${suite.server.origin}${placesDataPath(locale)}`)
  ).json()) as PlaceCollection;
  expect(errors, 'no script errors on the map page').toEqual([]);
  return { page, external, places };
}

/** Every marker, focused and opened with Enter; returns the page links of each popup. */
async function openEveryMarker(page: Page): Promise<string[][]> {
  const markers = page.locator('[data-map="province"] .leaflet-marker-icon');
  const count = await markers.count();
  const links: string[][] = [];
  for (let i = 0; i < count; i += 1) {
    await markers.nth(i).focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('[data-map="province"] .leaflet-popup');
    await popup.waitFor({ state: 'visible' });
    links.push(
      await popup
        .locator('.map-popup__title a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
    );
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
  }
  return links;
}

describe.each(LOCALE_CODES)('province map (%s), tiles blocked', (locale) => {
  it('shows the outline, every place and the notice on a plain background', async () => {
    const { page, places } = await openMap(locale);
    expect(places.features.length, 'the site has places to show').toBeGreaterThan(0);
    const frame = page.locator('[data-map="province"]');
    await expect
      .poll(() => frame.evaluate((el) => el.classList.contains('map--no-tiles')))
      .toBe(true);
    const notice = frame.locator('[data-map-part="notice"]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe(UI[locale].map.tilesUnavailable);
    expect(await frame.locator('.leaflet-tile-pane').isVisible()).toBe(false);
    // The outline: one SVG path drawn from the boundary file.
    expect(await frame.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(0);
    // Markers: places sharing a point are one marker; their counts add up to the places.
    const counts = await frame
      .locator('.leaflet-marker-icon')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-place-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(places.features.length);
    // Every marker is inside the visible map at the opening view (partners abroad included).
    const box = (await frame.locator('[data-map-part="canvas"]').boundingBox())!;
    for (const marker of await frame.locator('.leaflet-marker-icon').all()) {
      const m = (await marker.boundingBox())!;
      expect(
        m.x >= box.x &&
          m.y >= box.y &&
          m.x + m.width <= box.x + box.width &&
          m.y + m.height <= box.y + box.height,
        `${await marker.getAttribute('aria-label')} on screen`,
      ).toBe(true);
    }
    await page.context().close();
  });

  it('opens every place from the keyboard, with links in the page’s language only', async () => {
    const { page, places } = await openMap(locale);
    const links = (await openEveryMarker(page)).flat();
    expect(links.sort()).toEqual(places.features.map((f) => f.properties.url).sort());
    for (const link of links) expect(link.startsWith(`/${locale}/`), link).toBe(true);
    await page.context().close();
  });

  it('Tab reaches a marker, Enter opens it with focus inside, Escape returns focus, Tab leaves the map', async () => {
    const { page } = await openMap(locale);
    const isMarker = () =>
      page.evaluate(
        () => document.activeElement?.classList.contains('leaflet-marker-icon') ?? false,
      );
    // Start on the last layer checkbox, just before the map in the tab order.
    await page.locator('[data-map="province"] [data-map-part="layers"] input').last().focus();
    let steps = 0;
    while (!(await isMarker()) && steps < 40) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect(await isMarker(), 'a marker is reachable with Tab').toBe(true);
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(name && name.length > 0).toBe(true);
    await page.keyboard.press('Enter');
    const popup = page.locator('[data-map="province"] .leaflet-popup');
    await popup.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => !!document.activeElement?.closest('.leaflet-popup'))).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      name,
    );
    // No trap: repeated Tab gets out of the map.
    let outside = false;
    for (let i = 0; i < 80 && !outside; i += 1) {
      await page.keyboard.press('Tab');
      outside = await page.evaluate(
        () => !document.activeElement?.closest('[data-map-part="canvas"]'),
      );
    }
    expect(outside).toBe(true);
    await page.context().close();
  });

  it('labels the controls in the page’s language and gives the map a name', async () => {
    const { page } = await openMap(locale);
    const frame = page.locator('[data-map="province"]');
    expect(await frame.locator('.leaflet-control-zoom-in').getAttribute('aria-label')).toBe(
      UI[locale].map.zoomIn,
    );
    expect(await frame.locator('.leaflet-control-zoom-out').getAttribute('aria-label')).toBe(
      UI[locale].map.zoomOut,
    );
    expect(await frame.locator('[data-map-part="canvas"]').getAttribute('aria-label')).toContain(
      UI[locale].map.regionLabel,
    );
    expect(await frame.locator('[data-map-part="legend"] legend').textContent()).toBe(
      UI[locale].map.layers,
    );
    await page.context().close();
  });

  it('keeps markers at least 24 px apart (WCAG 2.2 target spacing) and separates them on zoom', async () => {
    const { page, places } = await openMap(locale);
    const centres = async () =>
      page.locator('[data-map="province"] .leaflet-marker-icon').evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          return {
            x: box.left + box.width / 2,
            y: box.top + box.height / 2,
            count: Number(el.getAttribute('data-place-count')),
          };
        }),
      );
    const atStart = await centres();
    for (const [i, a] of atStart.entries()) {
      for (const b of atStart.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(24);
    }
    expect(atStart.reduce((n, m) => n + m.count, 0)).toBe(places.features.length);
    await page.locator('[data-map="province"] .leaflet-control-zoom-in').click();
    await page.locator('[data-map="province"] .leaflet-control-zoom-in').click();
    await page.waitForTimeout(600);
    const zoomed = await centres();
    expect(zoomed.length, 'merged markers split once zoomed in').toBeGreaterThan(atStart.length);
    await page.context().close();
  });

  it('hides a layer when its box is unticked and brings it back', async () => {
    const { page, places } = await openMap(locale);
    const frame = page.locator('[data-map="province"]');
    const first = places.features[0]!.properties.category;
    const inLayer = places.features.filter((f) => f.properties.category === first).length;
    const total = () =>
      frame
        .locator('.leaflet-marker-icon')
        .evaluateAll((els) =>
          els.reduce((n, el) => n + Number(el.getAttribute('data-place-count')), 0),
        );
    await frame.locator(`input[value="${first}"]`).uncheck();
    expect(await total()).toBe(places.features.length - inLayer);
    await frame.locator(`input[value="${first}"]`).check();
    expect(await total()).toBe(places.features.length);
    await page.context().close();
  });

  it('asks only the tile server for anything off the site', async () => {
    const { page, external } = await openMap(locale);
    expect(external.length, 'tiles were requested (and blocked)').toBeGreaterThan(0);
    expect(external.filter((url) => !url.startsWith(`${TILE_SOURCE.origin}/`))).toEqual([]);
    await page.context().close();
  });
});

describe('place maps', () => {
  it('show a static locator without loading Leaflet or tiles, then the interactive map on request', async () => {
    const places = (await (
      await fetch(`${suite.server.origin}${placesDataPath('en')}`)
    ).json()) as PlaceCollection;
    const target = places.features.find((f) => f.properties.approximate) ?? places.features[0]!;
    const { context, external } = await isolatedContext(suite.browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${suite.server.origin}${target.properties.url}`, { waitUntil: 'networkidle' });
    const frame = page.locator('[data-map="place"]');
    await frame.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(await frame.locator('svg[role="img"] title').textContent()).toContain(
      target.properties.name,
    );
    expect(
      scripts.filter((url) => /mount/.test(url)),
      'no Leaflet before the visitor asks',
    ).toEqual([]);
    expect(external, 'no tile request before the visitor asks').toEqual([]);

    const button = frame.locator('[data-map-part="load"]');
    expect(await button.textContent()).toContain(en.map.showInteractive);
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-map="place"][data-map-state="ready"]', { timeout: 15_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-map-part'))).toBe(
      'canvas',
    );
    const marker = frame.locator('.leaflet-marker-icon');
    expect(await marker.count()).toBe(1);
    expect(await marker.getAttribute('aria-label')).toContain(target.properties.name);
    if (target.properties.approximate)
      expect(await marker.getAttribute('aria-label')).toContain(en.map.approximate);
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('leaflet-marker-icon')),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await frame.locator('.leaflet-popup').waitFor({ state: 'visible' });
    await expect.poll(() => frame.locator('[data-map-part="notice"]').isVisible()).toBe(true);
    await expect
      .poll(() => frame.locator('.leaflet-overlay-pane path').count(), {
        message: 'outline and uncertainty circle drawn',
      })
      .toBeGreaterThan(0);
    expect(external.length, 'tiles were requested once the map was shown').toBeGreaterThan(0);
    expect(external.filter((url) => !url.startsWith(`${TILE_SOURCE.origin}/`))).toEqual([]);
    await context.close();
  });
});
