import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { STANDALONE_PAGES, tempSite, type TempSite } from '../support/temp-site';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-site.mjs';
import { launchChromium, isolatedContext } from '../support/browser';

/**
 * The privacy page promises that an embedded video loads nothing from a third
 * party until the reader presses play. The real content has no video yet, so a
 * throwaway copy of the site gets one.
 */
const page = (lang: string, slug: string) => `---
title: Video ${lang}
description: A page with a video.
slug: ${slug}
updated: 2026-11-26
sources:
  - title: Test
---

Text before the video.

<VideoEmbed id="aBcD3fGh1jK" title="Xòe" />
`;

let site: TempSite;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  site = tempSite({ content: STANDALONE_PAGES });
  site.write('content/pages/video/index.vi.mdx', page('vi', 'video-thu'));
  site.write('content/pages/video/index.en.mdx', page('en', 'video-test'));
  const result = site.build();
  if (result.status !== 0) throw new Error(`temp build failed:\n${result.output.slice(-3000)}`);
  server = await serveStatic(site.dist);
  browser = await launchChromium();
}, 400_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

describe('click-to-load video', () => {
  it('requests nothing from YouTube before play, then opens youtube-nocookie within the CSP', async () => {
    const { context, external } = await isolatedContext(browser);
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/en/video-test/`, { waitUntil: 'networkidle' });
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
