import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from '../support/suite';
import { DIST } from '../support/dist';

/**
 * A new version of the site: the new service worker waits while the site is
 * open, a polite notice says it will be used next time (or now, on request),
 * and it takes over on the next visit. The server hands out a changed sw.js.
 */
const suite = browserSuite();
const PAGE = '/vi/van-hoa/';
const worker = readFileSync(join(DIST, 'sw.js'));

const ready = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-offline-support]')?.dataset.state === 'ready',
    null,
    { timeout: 20_000 },
  );
const newVersion = (n: number) =>
  suite.server.overrides.set('/sw.js', Buffer.concat([worker, Buffer.from(`\n// version ${n}\n`)]));
const waiting = (page: Page) =>
  page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
const notice = (page: Page) => page.locator('[data-offline-support][role="status"] p');

describe('a new version of the site', () => {
  it('waits for the next visit, with a notice, and can be used at once on request', async () => {
    const context = await suite.browser.newContext();
    try {
      let page = await context.newPage();
      await page.goto(suite.server.origin + PAGE);
      await ready(page);
      expect(await notice(page).count()).toBe(0);

      newVersion(2);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await notice(page).waitFor({ timeout: 20_000 });
      expect(await notice(page).textContent()).toBe(
        'Đã có phiên bản mới của cổng thông tin. Phiên bản này sẽ được dùng từ lần mở sau.',
      );
      expect(await waiting(page)).toBe(true);
      // Still the old version while the site stays open.
      await page.reload();
      await ready(page);
      expect(await waiting(page)).toBe(true);

      // Next visit: every tab closed, the site opened again.
      await page.close();
      page = await context.newPage();
      await page.goto(suite.server.origin + PAGE);
      await ready(page);
      await page.waitForFunction(
        async () => !(await navigator.serviceWorker.getRegistration())?.waiting,
      );
      expect(await notice(page).count()).toBe(0);

      // Another version, taken at once from the notice's button.
      newVersion(3);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await notice(page).waitFor({ timeout: 20_000 });
      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: 'Dùng ngay' }).click(),
      ]);
      await ready(page);
      expect(await waiting(page)).toBe(false);
      expect(await notice(page).count()).toBe(0);
    } finally {
      await context.close();
      suite.server.overrides.clear();
    }
  });
});
