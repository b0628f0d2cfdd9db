#!/usr/bin/env node
/**
 * Lighthouse (npm package) driving Debian's Chromium over the built site.
 * `npm run lighthouse` prints the four category scores per page: a benchmark,
 * not a test (a performance score falls on a busy machine, so `npm test` never
 * runs it). `-- --strict` exits 1 when a score is below THRESHOLD, for a release
 * check on an idle machine. The deterministic parts (bytes, axe, script errors,
 * SEO tags) are in `npm test`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, serveStatic } from './lib/static-site.mjs';

export const LIGHTHOUSE_PAGES = [
  '/vi/',
  '/en/',
  '/vi/di-tich/di-tich-lao-kho/',
  '/en/heritage/lao-kho-relic/',
  '/vi/ban-do/',
  '/en/map/',
  '/vi/tim-kiem/',
  '/en/search/',
];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const THRESHOLD = 95;

export async function runLighthouse({
  dist = resolve('dist'),
  pages = LIGHTHOUSE_PAGES,
  chromePath = CHROMIUM_PATH,
} = {}) {
  const server = await serveStatic(dist);
  const { origin } = server;
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  const results = [];
  try {
    for (const path of pages) {
      const { lhr } = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      );
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      results.push({ path, ...scores, failing });
    }
  } finally {
    chrome.kill(); // synchronous: sends the signal, returns nothing to wait for
    await server.close();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runLighthouse();
  console.table(
    results.map(({ failing, ...r }) => ({ ...r, 'failed audits': failing.join(', ') })),
  );
  const below = results.filter((r) => CATEGORIES.some((c) => r[c] < THRESHOLD));
  if (below.length > 0) {
    console.warn(`Lighthouse: ${below.length} page(s) below ${THRESHOLD}.`);
    if (process.argv.includes('--strict')) process.exit(1);
  }
}
