import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a closed network: without the background-networking ones Chromium
 * keeps trying to reach Google's services and those connections are refused.
 */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (.ci/run does this).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}

/**
 * A context in which every request that leaves 127.0.0.1 is blocked and
 * recorded, so a test can assert "no third-party request" and simulate tiles
 * that never load. Pass `allowHosts` to let chosen hosts through to a stub.
 */
export async function isolatedContext(
  browser: Browser,
  { offline = true, onExternal }: { offline?: boolean; onExternal?: (url: string) => void } = {},
): Promise<{ context: BrowserContext; external: string[] }> {
  const context = await browser.newContext();
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('http://127.0.0.1') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    onExternal?.(url);
    return offline ? route.abort('internetdisconnected') : route.continue();
  });
  return { context, external };
}
