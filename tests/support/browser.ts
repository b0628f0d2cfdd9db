import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, NO_OUTSIDE_HOSTS } from '../../scripts/lib/static-site.mjs';

export { CHROMIUM_PATH };

/**
 * `closedNetwork`: no host but 127.0.0.1 resolves, without request
 * interception, so the HTTP cache and service workers behave as in real life
 * (first-visit bytes, offline reading).
 */
export async function launchChromium({ closedNetwork = false } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (.ci/run does this).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: closedNetwork ? [...CHROMIUM_FLAGS, NO_OUTSIDE_HOSTS] : CHROMIUM_FLAGS,
  });
}

/**
 * A context in which every request that leaves 127.0.0.1 is blocked and
 * recorded, so a test can assert "no third-party request" and simulate tiles
 * that never load. `offline: false` lets them through while still recording them.
 */
export async function isolatedContext(
  browser: Browser,
  { offline = true, onExternal }: { offline?: boolean; onExternal?: (url: string) => void } = {},
): Promise<{ context: BrowserContext; external: string[] }> {
  // No service worker: these tests look at each page as the server sends it (the worker has
  // its own tests, tests/browser/offline.test.ts; request interception would bypass it anyway).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('http://127.0.0.1') || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    external.push(url);
    onExternal?.(url);
    return offline ? route.abort('internetdisconnected') : route.continue();
  });
  return { context, external };
}
