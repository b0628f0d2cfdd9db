import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/static-site.mjs';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (.ci/run does this).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Tests never reach the internet: every host but 127.0.0.1 fails to resolve, at once.
    // Contexts that must see third-party requests intercept them first (isolatedContext).
    args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
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
