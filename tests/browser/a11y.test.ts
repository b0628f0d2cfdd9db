import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isolatedContext } from '../support/browser';
import { browserSuite } from '../support/suite';
import { builtPages } from '../support/dist';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules switched off, each with its reason. Empty today: every rule of the tags above runs.
 * Add an entry only with a written reason that a reviewer can check.
 */
const DISABLED_RULES: Record<string, string> = {};

const suite = browserSuite();

describe('axe (WCAG 2.2 AA) on every built page, both languages', () => {
  it('finds no violation', async () => {
    const paths = builtPages().map((p) => p.path);
    expect(paths.length).toBeGreaterThan(20);
    const { context } = await isolatedContext(suite.browser);
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(suite.server.origin + path, { waitUntil: 'load' });
      await page.evaluate(axeSource);
      const result = await page.evaluate(
        async ({ tags, disabled }) => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  ctx: unknown,
                  opts: unknown,
                ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
              };
            }
          ).axe;
          const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
          return axe.run(document, { runOnly: { type: 'tag', values: tags }, rules });
        },
        { tags: TAGS, disabled: Object.keys(DISABLED_RULES) },
      );
      for (const v of result.violations)
        violations.push(
          `${path}: ${v.id} (${v.nodes
            .map((n) => JSON.stringify(n.target))
            .slice(0, 3)
            .join(', ')})`,
        );
    }
    console.info(`axe: ${paths.length} pages checked, ${violations.length} violations`);
    expect(violations).toEqual([]);
    await context.close();
  }, 600_000);
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
