import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules switched off, each with its reason. Empty today: every rule of the tags above runs.
 * Add an entry only with a written reason that a reviewer can check.
 */
const DISABLED_RULES: Record<string, string> = {};

type AxeWindow = {
  axe: {
    run: (
      context: unknown,
      options: unknown,
    ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
  };
};

/**
 * axe on the page as it is now (or on the part `include` selects); one line per
 * violation. Injected by evaluation, which the page's CSP does not apply to.
 */
export async function axeViolations(
  page: Page,
  label: string,
  include?: string,
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    ({ tags, disabled, include }) =>
      (window as unknown as AxeWindow).axe.run(include ?? document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        // Only what fails: passes and "incomplete" are most of axe's work and of no use here.
        resultTypes: ['violations'],
      }),
    { tags: AXE_TAGS, disabled: Object.keys(DISABLED_RULES), include },
  );
  return result.violations.map(
    (v) =>
      `${label}: ${v.id} (${v.nodes
        .slice(0, 3)
        .map((n) => JSON.stringify(n.target))
        .join(', ')})`,
  );
}

/**
 * Every page of `paths` in Chromium, a few at a time in one browser: axe
 * violations and JavaScript errors (a deterministic part of Lighthouse's "best
 * practices"). The browser resolves no host but 127.0.0.1 (launchChromium), so
 * a failed request to another origin is expected and not an error of the page.
 * No request interception here: it would route every request through Node and
 * switch off the HTTP cache, which triples the time per page.
 */
export async function sweepPages(
  browser: Browser,
  origin: string,
  paths: readonly string[],
  { concurrency = 3 } = {},
): Promise<string[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const problems: string[] = [];
  const queue = [...paths];
  const worker = async () => {
    const page = await context.newPage();
    let current = '';
    page.on('pageerror', (error) => problems.push(`${current}: script error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const from = message.location().url;
      if (/Failed to load resource/.test(message.text()) && !from.startsWith(origin)) return;
      problems.push(`${current}: console error: ${message.text()}`);
    });
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      current = path;
      await page.goto(origin + path, { waitUntil: 'load' });
      problems.push(...(await axeViolations(page, path)));
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
  await context.close();
  return problems.sort();
}
