#!/usr/bin/env node
/**
 * Lighthouse (npm package) driving Debian's Chromium over the built site.
 * `npm run lighthouse` prints the four category scores per page and exits 1 when
 * any is below the threshold; tests/browser/lighthouse.test.ts runs the same function.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

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

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.woff2': 'font/woff2', '.json': 'application/json', '.geojson': 'application/geo+json', '.wasm': 'application/wasm', '.ico': 'image/x-icon', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8' };

/** A static server like a CDN: long-lived caching for hashed assets, gzip left to the host. */
function serve(root) {
  const server = createServer((req, res) => {
    let file = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404</title>');
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (file.includes('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export async function runLighthouse({ dist = resolve('dist'), pages = LIGHTHOUSE_PAGES, chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } = {}) {
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const results = [];
  try {
    for (const path of pages) {
      const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      results.push({ path, ...scores, failing });
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runLighthouse();
  console.table(results.map(({ failing, ...r }) => ({ ...r, 'failed audits': failing.join(', ') })));
  const below = results.filter((r) => CATEGORIES.some((c) => r[c] < THRESHOLD));
  if (below.length > 0) {
    console.error(`Lighthouse: ${below.length} page(s) below ${THRESHOLD}.`);
    process.exit(1);
  }
}
