import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-site.mjs';
import { launchChromium, isolatedContext } from '../support/browser';
import { fixtureSite } from '../support/fixture-build';

/**
 * The privacy page promises that an embedded video loads nothing from a third
 * party until the reader presses play. The real content has no video yet; the
 * fixture site has a page with one (tests/fixtures/content/video).
 */
let server: RunningServer;
let browser: Browser;
let page: string;

beforeAll(async () => {
  const site = await fixtureSite();
  server = await serveStatic(site.dist, { base: site.base });
  browser = await launchChromium();
  page = `${server.origin}${site.base}en/video-test/`;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('click-to-load video', () => {
  it('requests nothing from YouTube before play, then opens youtube-nocookie within the CSP', async () => {
    const { context, external } = await isolatedContext(browser);
    const tab = await context.newPage();
    await tab.goto(page, { waitUntil: 'networkidle' });
    await tab.evaluate(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    expect(external).toEqual([]);
    expect(await tab.locator('iframe').count()).toBe(0);

    await tab.getByRole('button', { name: /Xòe/ }).click();
    const iframe = tab.locator('iframe');
    await iframe.waitFor({ state: 'attached' });
    expect(await iframe.getAttribute('src')).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/aBcD3fGh1jK\?autoplay=1/,
    );
    expect(await iframe.getAttribute('title')).toBe('Xòe');
    await tab.waitForTimeout(300);
    expect(external.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    expect(external.length).toBeGreaterThan(0);
    expect(
      await tab.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    await context.close();
  });
});
