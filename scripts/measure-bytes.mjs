#!/usr/bin/env node
/**
 * `npm run measure:bytes [-- dist] [--only search] [--files]`: what a first visit of each page type costs
 * on the wire, gzip counted at the server (scripts/lib/first-visit.mjs), with
 * the service worker's precache and Pagefind's requests included. The same
 * pages and budgets as tests/browser/first-visit-bytes.test.ts.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  NO_OUTSIDE_HOSTS,
  serveStatic,
} from './lib/static-site.mjs';
import { firstVisit, kb } from './lib/first-visit.mjs';
import { FIRST_VISITS } from './byte-budgets.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : (args.splice(at, 2)[1] ?? '');
};
const only = flag('--only');
const listFiles = args.includes('--files') && args.splice(args.indexOf('--files'), 1).length > 0;
const dist = resolve(args[0] ?? 'dist');
const server = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_FLAGS, NO_OUTSIDE_HOSTS],
});
try {
  /** @type {Record<string, Record<string, string | number>>} */
  const rows = {};
  for (const visit of FIRST_VISITS.filter((v) => !only || v.name.includes(only))) {
    const { total, requests, kinds, files } = await firstVisit(browser, server, visit.path, visit);
    if (listFiles) {
      console.log(`\n${visit.name}`);
      for (const f of files)
        console.log(`${kb(f.bytes).padStart(9)} ${f.encoding.padEnd(8)} ${f.path}`);
    }
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
