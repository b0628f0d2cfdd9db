import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-site.mjs';
import { DIST, pageAt } from '../support/dist';
import { TILE_SOURCE } from '../../src/site.config';

/**
 * Offline reading, end to end in Chromium with the real service worker: a
 * visitor reads a few pages, saves an itinerary, searches, then loses the
 * network (the server stops). One visit, one story, in order.
 */
const READ = '/en/heritage/lao-kho-relic/';
const ITINERARY = '/en/visit/three-day-itinerary/';
const SEARCH = '/vi/tim-kiem/?q=deo+pha+din';
const MAP = '/vi/ban-do/';
const UNVISITED = { en: '/en/invest/energy/', vi: '/vi/dau-tu/nang-luong/' };

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Requests the service worker itself made, and those the pages made, by URL. */
const fromWorker: string[] = [];
const fromPages: string[] = [];
let savedLink: string;

beforeAll(async () => {
  for (const path of [READ, ITINERARY, MAP, ...Object.values(UNVISITED)]) pageAt(path);
  [server, browser] = await Promise.all([serveStatic(DIST), launchChromium()]);
  context = await browser.newContext();
  context.on('request', (request) => {
    (request.serviceWorker() ? fromWorker : fromPages).push(request.url());
  });
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const heading = () => page.textContent('main h1');
const ready = () =>
  page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-offline-support]')?.dataset.state === 'ready',
    null,
    { timeout: 20_000 },
  );

async function searchDone(query: string) {
  await page.waitForFunction(
    (q) => {
      const el = document.querySelector<HTMLElement>('[data-search-page] [data-search]');
      return el?.dataset.state === 'done' && el.dataset.query === q;
    },
    query,
    { timeout: 20_000 },
  );
  return page.$$eval('[data-search-page] [data-search-results] li h2 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe('offline reading with the service worker', () => {
  let onlineResults: string[];

  it('online: reads, saves an itinerary, searches, opens the map', async () => {
    await page.goto(server.origin + READ);
    await ready();
    await page.goto(server.origin + ITINERARY);
    await ready();
    await page.click('[data-save-offline] button');
    await page.waitForFunction(
      () =>
        ['saved', 'failed'].includes(
          document.querySelector<HTMLElement>('[data-save-offline]')?.dataset.state ?? '',
        ),
      null,
      { timeout: 20_000 },
    );
    expect(await page.getAttribute('[data-save-offline]', 'data-state')).toBe('saved');
    expect(Number(await page.getAttribute('[data-save-offline]', 'data-saved'))).toBeGreaterThan(1);
    expect(await page.textContent('[data-save-offline-status]')).toMatch(/^Saved \d+ pages/);
    // A page the itinerary links to, which the visitor never opened.
    savedLink = await page.$$eval(
      'main .prose a[href^="/en/"]',
      (links, own) =>
        links
          .map((a) => new URL((a as HTMLAnchorElement).href).pathname)
          .find((p) => p !== own && p.endsWith('/') && !p.startsWith('/en/map/'))!,
      ITINERARY,
    );
    expect(savedLink).toBeTruthy();

    await page.goto(server.origin + SEARCH);
    onlineResults = await searchDone('deo pha din');
    expect(onlineResults.slice(0, 3)).toContain('/vi/di-tich/deo-pha-din/');

    await page.goto(server.origin + MAP);
    await page.waitForLoadState('networkidle');
  });

  it('keeps nothing from another site (no route for map tiles)', async () => {
    const origin = new URL(server.origin).origin;
    // The map did ask for tiles (they fail: the test network is closed), and the worker stayed out.
    expect(fromPages.some((url) => url.startsWith(TILE_SOURCE.origin))).toBe(true);
    expect(fromWorker.length).toBeGreaterThan(0);
    expect(fromWorker.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    const stored = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(stored.length).toBeGreaterThan(10);
    expect(stored.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it('offline: the pages read and saved open, from the cache', async () => {
    await server.close();
    for (const path of [READ, ITINERARY, savedLink]) {
      const response = await page.goto(server.origin + path);
      expect(response?.status(), path).toBe(200);
      expect(await heading(), path).not.toMatch(/offline/i);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    }
    await page.goto(server.origin + READ);
    expect(await heading()).toContain('Lao Kh');
  });

  it('offline: an unvisited page shows the offline page in its language, listing what opens', async () => {
    await page.goto(server.origin + UNVISITED.en);
    expect(await heading()).toBe('You are offline');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-offline-page]')?.dataset.state === 'listed',
    );
    const saved = await page.$$eval('[data-offline-list="saved"] a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    const read = await page.$$eval('[data-offline-list="read"] a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(saved).toEqual(expect.arrayContaining([ITINERARY, savedLink]));
    expect(read).toContain(READ);
    expect([...saved, ...read].every((p) => p.startsWith('/en/'))).toBe(true);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (d: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);

    await page.goto(server.origin + UNVISITED.vi);
    expect(await heading()).toBe('Bạn đang ngoại tuyến');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });

  it('offline: a search made before still answers, with the same results', async () => {
    await page.goto(server.origin + SEARCH);
    expect(await searchDone('deo pha din')).toEqual(onlineResults);
  });
});
