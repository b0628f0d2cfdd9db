import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { DIST } from './dist';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-site.mjs';

export interface BrowserSuite {
  browser: Browser;
  server: RunningServer;
}

/**
 * Debian Chromium and the built site on 127.0.0.1 for one test file: started
 * before its tests, closed after them. Read `suite.browser` / `suite.server`
 * inside tests (they are set once `beforeAll` has run).
 */
export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    [suite.browser, suite.server] = await Promise.all([launchChromium(), serveStatic(DIST)]);
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
