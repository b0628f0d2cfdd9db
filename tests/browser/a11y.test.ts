import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext } from '../support/browser';
import { browserSuite } from '../support/suite';
import { builtPages, htmlPagesIn } from '../support/dist';
import { sweepPages } from '../support/axe';
import { fixtureSite, type FixtureSite } from '../support/fixture-build';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-site.mjs';

const suite = browserSuite();

describe('axe (WCAG 2.2 AA) and script errors on every built page, both languages', () => {
  it('finds none on any page of the site', async () => {
    const paths = builtPages().map((p) => p.path);
    expect(paths.length).toBeGreaterThan(20);
    const problems = await sweepPages(suite.browser, suite.server.origin, paths);
    console.info(`axe: ${paths.length} pages checked, ${problems.length} problems`);
    expect(problems).toEqual([]);
  }, 600_000);

  describe('on the pages only the fixture site has (MDX kit, hostile text, video, a new topic)', () => {
    let site: FixtureSite;
    let server: RunningServer;
    beforeAll(async () => {
      site = await fixtureSite();
      server = await serveStatic(site.dist, { base: site.base });
    }, 600_000);
    afterAll(() => server?.close());

    it('finds none', async () => {
      const real = new Set(builtPages().map((p) => p.path));
      const extra = htmlPagesIn(site.dist)
        .filter((path) => !real.has(path))
        .map((path) => `${site.base.replace(/\/$/, '')}${path}`);
      // Both languages of: the kit demo, the hostile page, the video page, the new topic.
      expect(extra.length).toBeGreaterThanOrEqual(8);
      expect(await sweepPages(suite.browser, server.origin, extra)).toEqual([]);
    }, 600_000);
  });
});

describe('keyboard: header and page shell (docs/accessibility-criteria.md)', () => {
  it('puts the skip link first and moves focus to the main content', async () => {
    const { context } = await isolatedContext(suite.browser);
    const page = await context.newPage();
    await page.goto(`${suite.server.origin}/en/`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      visible: document.activeElement?.getBoundingClientRect().top ?? -1,
    }));
    expect(first.text).toBe('Skip to main content');
    expect(first.visible).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('reaches search, map, language switch and every section link by Tab, with a visible focus ring', async () => {
    const { context } = await isolatedContext(suite.browser);
    const page = await context.newPage();
    await page.goto(`${suite.server.origin}/vi/`);
    const reached: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        return {
          href: el.getAttribute('href') ?? '',
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          inHeader: !!el.closest('header'),
        };
      });
      if (!info?.inHeader) continue;
      expect(info.outline, `focus ring on ${info.href}`).toBe(true);
      reached.push(info.href);
    }
    expect(reached).toEqual(
      expect.arrayContaining([
        '/vi/tim-kiem/',
        '/vi/ban-do/',
        '/en/',
        '/vi/van-hoa/',
        '/vi/di-tich/',
        '/vi/du-lich/',
        '/vi/dau-tu/',
        '/vi/hop-tac/',
        '/vi/tin-tuc/',
        '/vi/van-ban/',
      ]),
    );
    await context.close();
  });

  it('keeps content readable at 320 px without horizontal scrolling', async () => {
    const { context } = await isolatedContext(suite.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/vi/', '/en/heritage/', '/en/about/']) {
      await page.goto(suite.server.origin + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
