#!/usr/bin/env node
/**
 * Search benchmark (`npm run bench:search`; not part of `npm test`).
 *
 * For the real site and for a synthetic site of 1,000 topics × 2 languages it
 * reports, per language:
 *   - index size: bytes of that language's Pagefind files (meta, index chunks,
 *     fragments, filters), plus the shared runtime (pagefind.js, worker, wasm);
 *   - first-query bytes: everything fetched from opening the header search on a
 *     topic page to the first results (search code + Pagefind + index chunks),
 *     measured in Chromium from response bodies, raw and gzip-equivalent;
 *   - warm query time: median time from query to rendered results once the
 *     words' chunks are loaded, over the benchmark queries (from the page's own
 *     `search:done` event, so the typing debounce is not counted).
 *
 * Options: --reuse (use the existing dist/ instead of building), --topics=N.
 * Needs Debian Chromium at /usr/bin/chromium (CHROMIUM_PATH to override).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { writeSyntheticContent } from './bench/synthetic-site.mjs';
import { copySite, removeCopy } from './lib/site-copy.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, serveStatic } from './lib/static-site.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const TOPICS = Number([...args].find((a) => a.startsWith('--topics='))?.split('=')[1] ?? 1000);
const SEARCH_PAGE = { vi: '/vi/tim-kiem/', en: '/en/search/' };
const QUERIES = {
  vi: [
    'moc chau',
    'deo pha din',
    'lao kho',
    'le hoi',
    'son la',
    'thuy dien',
    'dan toc thai',
    'du lich',
  ],
  en: [
    'moc chau',
    'pha din pass',
    'lao kho relic',
    'festival',
    'son la',
    'hydropower',
    'thai people',
    'tourism',
  ],
};

function astroBuild(cwd) {
  const started = Date.now();
  execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BASE_PATH: '/' },
  });
  return Date.now() - started;
}

/** A copy of the project with its general pages and generated content (see scripts/lib/site-copy.mjs). */
function syntheticProject(count) {
  // General pages (about, contact, …) come along: the footer links them.
  const dir = copySite(ROOT, { content: ['pages'], prefix: 'son-la-bench-' });
  writeSyntheticContent(join(dir, 'content'), { count });
  return dir;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function indexSizes(dist) {
  const pf = join(dist, 'pagefind');
  const files = walk(pf).map((file) => ({
    file: file.slice(pf.length + 1),
    size: statSync(file).size,
  }));
  const sum = (list) => list.reduce((n, f) => n + f.size, 0);
  const perLanguage = Object.fromEntries(
    Object.keys(SEARCH_PAGE).map((lang) => [
      lang,
      sum(files.filter((f) => new RegExp(`(^|/|\\.)${lang}_[0-9a-f]+\\.pf_`).test(f.file))),
    ]),
  );
  const runtime = sum(
    files.filter((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/.test(f.file)),
  );
  return { perLanguage, runtime, total: sum(files) };
}

function firstTopicPage(dist, lang) {
  const sectionDir = join(dist, lang, lang === 'vi' ? 'di-tich' : 'heritage');
  const topic = readdirSync(sectionDir).find((name) =>
    existsSync(join(sectionDir, name, 'index.html')),
  );
  return `/${lang}/${lang === 'vi' ? 'di-tich' : 'heritage'}/${topic}/`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function measureBrowser(dist) {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const results = {};
  try {
    for (const lang of Object.keys(SEARCH_PAGE)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${firstTopicPage(dist, lang)}`, {
        waitUntil: 'networkidle',
      });
      const fetched = [];
      page.on('response', async (response) => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const url = new URL(response.url()).pathname;
        const text = /\.(js|css|json|html)$/.test(url);
        fetched.push({ url, raw: body.length, gzip: text ? gzipSync(body).length : body.length });
      });
      const done = (query) =>
        page.evaluate(
          (q) =>
            new Promise((resolve) => {
              const handler = (event) => {
                if (event.detail.query === q) {
                  document.removeEventListener('search:done', handler);
                  resolve(event.detail.ms);
                }
              };
              document.addEventListener('search:done', handler);
            }),
          query,
        );
      const query = QUERIES[lang][0];
      const first = done(query);
      await page.keyboard.press('/');
      await page.waitForSelector('[data-search-dialog][open]');
      await page.fill('[data-search-dialog] [data-search-input]', query);
      const firstMs = await first;
      await page.waitForLoadState('networkidle');
      const firstBytes = {
        raw: fetched.reduce((n, f) => n + f.raw, 0),
        gzip: fetched.reduce((n, f) => n + f.gzip, 0),
        files: fetched.length,
      };

      // Warm: each query once to load its chunks, then timed.
      const times = [];
      for (const round of ['load', 'time']) {
        for (const q of QUERIES[lang]) {
          for (const text of ['', q]) {
            const finished = text ? done(text) : null;
            await page.fill('[data-search-dialog] [data-search-input]', text);
            if (finished) {
              const ms = await finished;
              if (round === 'time') times.push(ms);
            }
          }
        }
      }
      results[lang] = {
        firstBytes,
        firstMs,
        warmMedianMs: median(times),
        warmMaxMs: Math.max(...times),
        queries: times.length,
      };
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function report(name, build, sizes, browser) {
  console.log(`\n## ${name}${build ? ` (built in ${(build / 1000).toFixed(0)} s)` : ''}`);
  console.log(
    `pagefind/ total ${kb(sizes.total)}; shared runtime (pagefind.js + worker + wasm) ${kb(sizes.runtime)}`,
  );
  console.log(
    '| language | index size | first-query bytes (raw / gzip) | files | first query | warm query (median / max) |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const lang of Object.keys(SEARCH_PAGE)) {
    const b = browser[lang];
    console.log(
      `| ${lang} | ${kb(sizes.perLanguage[lang])} | ${kb(b.firstBytes.raw)} / ${kb(b.firstBytes.gzip)} | ${b.firstBytes.files} | ${b.firstMs.toFixed(0)} ms | ${b.warmMedianMs.toFixed(1)} / ${b.warmMaxMs.toFixed(1)} ms (${b.queries} queries) |`,
    );
  }
}

const started = Date.now();
const realDist = join(ROOT, 'dist');
const realBuild =
  args.has('--reuse') && existsSync(join(realDist, 'pagefind')) ? 0 : astroBuild(ROOT);
const real = { sizes: indexSizes(realDist), browser: await measureBrowser(realDist) };
report('Real site', realBuild, real.sizes, real.browser);

const project = syntheticProject(TOPICS);
try {
  const build = astroBuild(project);
  const dist = join(project, 'dist');
  report(
    `Synthetic site: ${TOPICS} topics × 2 languages`,
    build,
    indexSizes(dist),
    await measureBrowser(dist),
  );
} finally {
  removeCopy(project);
}
console.log(`\nBenchmark finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
