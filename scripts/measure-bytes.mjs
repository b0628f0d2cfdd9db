#!/usr/bin/env node
/**
 * `npm run measure:bytes [-- dist]`: what a first visit of each page type costs
 * on the wire, gzip counted at the server (scripts/lib/first-visit.mjs), with
 * the service worker's precache and Pagefind's requests included. The same
 * pages and budgets as tests/browser/first-visit-bytes.test.ts.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, serveStatic } from './lib/static-site.mjs';
import { firstVisit, kb } from './lib/first-visit.mjs';
import { FIRST_VISITS } from './lib/byte-budgets.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const server = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  /** @type {Record<string, Record<string, string | number>>} */
  const rows = {};
  for (const visit of FIRST_VISITS) {
    const { total, requests, kinds } = await firstVisit(browser, server, visit.path, visit);
    rows[visit.name] = {
      path: visit.path + (visit.search ? ` + "${visit.search}"` : ''),
      total: kb(total),
      budget: kb(visit.budget),
      requests,
      ...Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, kb(v)])),
    };
  }
  console.table(rows);
} finally {
  await browser.close();
  await server.close();
}
