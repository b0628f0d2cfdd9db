import { describe, expect, it } from 'vitest';
import { isolatedContext } from '../support/browser';
import { browserSuite } from '../support/suite';
import { pageAt } from '../support/dist';

/**
 * Budgets per page type, measured in Chromium from what a first visit really
 * downloads (uncompressed bytes, by kind). Map pages are measured by the map
 * tests; totals on the wire (gzip, service worker included) by first-visit-bytes.test.ts.
 */
const PAGE_TYPES = {
  entry: '/',
  home: '/vi/',
  section: '/en/heritage/',
  topic: '/vi/di-tich/di-tich-lao-kho/',
  'topic (long document)': '/vi/van-ban/quyet-dinh-2477-qd-ubnd-2014/',
  'general page': '/en/about/',
  search: '/en/search/',
  '404': '/vi/404/',
} as const;

const BUDGET = {
  /** "Content pages ship no JavaScript beyond the search trigger." */
  js: 20 * 1024,
  css: 40 * 1024,
  /** Be Vietnam Pro, regular and bold, subset to the site's characters (src/integrations/fonts.ts). */
  font: 24 * 1024,
  html: 120 * 1024,
};

const suite = browserSuite();

interface Weight {
  html: number;
  js: number;
  css: number;
  font: number;
  image: number;
  requests: number;
  external: string[];
}

async function weigh(path: string): Promise<Weight> {
  const { context, external } = await isolatedContext(suite.browser);
  const page = await context.newPage();
  const weight: Weight = { html: 0, js: 0, css: 0, font: 0, image: 0, requests: 0, external };
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    const bytes = (await response.body().catch(() => Buffer.alloc(0))).length;
    weight.requests += 1;
    if (type === 'document') weight.html += bytes;
    else if (type === 'script') weight.js += bytes;
    else if (type === 'stylesheet') weight.css += bytes;
    else if (type === 'font') weight.font += bytes;
    else if (type === 'image') weight.image += bytes;
  });
  await page.goto(suite.server.origin + path, { waitUntil: 'networkidle' });
  // Inline <script> and <style> count too: they are bytes of JS and CSS the page ships.
  const inline = await page.evaluate(() => ({
    js: [
      ...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])'),
    ].reduce((n, s) => n + (s.textContent?.length ?? 0), 0),
    css: [...document.querySelectorAll('style')].reduce(
      (n, s) => n + (s.textContent?.length ?? 0),
      0,
    ),
  }));
  weight.js += inline.js;
  weight.css += inline.css;
  await context.close();
  return weight;
}

describe('performance budgets per page type', () => {
  it('keeps every page type within budget and makes no third-party request', async () => {
    const rows: Record<string, Weight> = {};
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      pageAt(path); // fails clearly if the sample page was renamed
      rows[`${type} ${path}`] = await weigh(path);
    }
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.table(
      Object.fromEntries(
        Object.entries(rows).map(([k, w]) => [
          k,
          {
            html: kb(w.html),
            js: kb(w.js),
            css: kb(w.css),
            font: kb(w.font),
            image: kb(w.image),
            requests: w.requests,
          },
        ]),
      ),
    );
    for (const [name, w] of Object.entries(rows)) {
      expect(w.external, `${name}: third-party requests`).toEqual([]);
      expect(w.js, `${name}: JavaScript`).toBeLessThanOrEqual(BUDGET.js);
      expect(w.css, `${name}: CSS`).toBeLessThanOrEqual(BUDGET.css);
      expect(w.font, `${name}: fonts`).toBeLessThanOrEqual(BUDGET.font);
      expect(w.html, `${name}: HTML`).toBeLessThanOrEqual(BUDGET.html);
      expect(w.font, `${name}: the self-hosted font loads`).toBeGreaterThan(0);
    }
  }, 120_000);
});
