import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserSuite } from '../support/suite';
import { localeHomePath, sectionPath } from '../../src/lib/routes/paths';

/**
 * How much JavaScript a page loads (uncompressed bytes of every script
 * response, counted in Chromium), and proof that Leaflet waits for the map to
 * come near the viewport. `npm run measure:js` runs this file alone.
 */
const suite = browserSuite();

/** bypassCSP only so the laziness test can push the map down with an added style element. */
async function closedContext(): Promise<BrowserContext> {
  const context = await suite.browser.newContext({
    bypassCSP: true,
    viewport: { width: 1200, height: 800 },
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith('http://127.0.0.1')
      ? route.continue()
      : route.abort('internetdisconnected'),
  );
  return context;
}

function countScripts(page: Page): Map<string, number> {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.set(new URL(response.url()).pathname, body.length);
  });
  return scripts;
}

const total = (scripts: Map<string, number>) => [...scripts.values()].reduce((a, b) => a + b, 0);
const report = (label: string, scripts: Map<string, number>) =>
  console.log(
    `[measure:js] ${label}: ${total(scripts)} bytes in ${scripts.size} script file(s)${[...scripts].map(([path, n]) => `\n    ${n}\t${path}`).join('')}`,
  );

describe('JavaScript weight', () => {
  it('a page without a map loads no map code; the map page loads Leaflet once the map is shown', async () => {
    const context = await closedContext();
    const results: Record<string, Map<string, number>> = {};
    for (const [label, path] of [
      ['non-map page (en home)', localeHomePath('en')],
      ['non-map page (en section)', sectionPath('en', 'culture')],
      ['map page (en)', sectionPath('en', 'map')],
      ['map page (vi)', sectionPath('vi', 'map')],
    ] as const) {
      const page = await context.newPage();
      const scripts = countScripts(page);
      await page.goto(`${suite.server.origin}${path}`, { waitUntil: 'networkidle' });
      if (label.startsWith('map page')) {
        await page.locator('[data-map]').scrollIntoViewIfNeeded();
        await page.waitForSelector('[data-map][data-map-state="ready"]');
        await page.waitForLoadState('networkidle');
      }
      report(label, scripts);
      results[label] = scripts;
      await page.close();
    }
    const mapBytes = total(results['map page (en)']!);
    for (const label of ['non-map page (en home)', 'non-map page (en section)']) {
      const paths = [...results[label]!.keys()];
      expect(
        paths.filter((p) => /MapFrame|mount|leaflet/i.test(p)),
        label,
      ).toEqual([]);
      expect(total(results[label]!)).toBeLessThan(mapBytes);
    }
    expect([...results['map page (en)']!.keys()].some((p) => /mount/.test(p))).toBe(true);
    await context.close();
  });

  it('Leaflet is not fetched while the map is far below the viewport, and is once scrolled near', async () => {
    const context = await closedContext();
    const page = await context.newPage();
    // Push the map 5000px down by rewriting the page's HTML on its way in.
    const mapUrl = `${suite.server.origin}${sectionPath('en', 'map')}`;
    await page.route(mapUrl, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '</head>',
        '<style>[data-map] { margin-top: 5000px !important; }</style></head>',
      );
      await route.fulfill({ response, body: html });
    });
    const scripts = countScripts(page);
    await page.goto(`${suite.server.origin}${sectionPath('en', 'map')}`, {
      waitUntil: 'networkidle',
    });
    await page.waitForTimeout(300);
    expect(
      [...scripts.keys()].some((p) => /MapFrame/.test(p)),
      'the small loader is there',
    ).toBe(true);
    expect([...scripts.keys()].filter((p) => /mount/.test(p))).toEqual([]);
    await page.locator('[data-map]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-map][data-map-state="ready"]');
    expect([...scripts.keys()].some((p) => /mount/.test(p))).toBe(true);
    await context.close();
  });
});
