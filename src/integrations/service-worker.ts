import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { LOCALE_CODES } from '../i18n/locales';
import { offlinePagePath } from '../i18n/paths';

/**
 * Writes `<dist>/sw.js` once the pages, fonts and search index are final
 * (it runs after them in `astro:build:done`). The worker's code is
 * src/service-worker/sw.ts, bundled with esbuild; Workbox's `injectManifest`
 * then writes the precache list into it with a revision per file.
 */

export const SW_SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));
export const SW_FILE = 'sw.js';

/**
 * What a first visit precaches: the offline page in each language and what
 * those pages load (styles, scripts, fonts, icon). Every page loads the same
 * shell, so the hashed files come from the browser's HTTP cache, not the network.
 */
export function shellFiles(dist: string, base: string): string[] {
  const files = new Set<string>();
  const prefix = base.replace(/\/?$/, '/');
  for (const locale of LOCALE_CODES) {
    const page = join(dist, offlinePagePath(locale), 'index.html');
    if (!existsSync(page)) {
      throw new Error(
        `The offline page ${relative(dist, page)} is missing: the route table must list it (kind "offline") for every language.`,
      );
    }
    files.add(relative(dist, page));
    const html = readFileSync(page, 'utf8');
    for (const [, url] of html.matchAll(/\b(?:href|src)="([^"?#]+)"/g)) {
      if (!url!.startsWith(prefix)) continue;
      const path = url!.slice(prefix.length);
      // Assets only: pages linked from the offline page are cached when visited, not before.
      if (!/\.(?:css|m?js|woff2|svg)$/.test(path)) continue;
      if (!existsSync(join(dist, path)) || !statSync(join(dist, path)).isFile())
        throw new Error(`The offline page links ${url}, which is not in ${dist}.`);
      files.add(path);
    }
  }
  return [...files].sort();
}

export interface WorkerReport {
  precached: number;
  precacheBytes: number;
  workerBytes: number;
}

export async function buildServiceWorker(
  dist: string,
  { base = '/', assetsDir = '_astro' }: { base?: string; assetsDir?: string } = {},
): Promise<WorkerReport> {
  const prefix = base.replace(/\/?$/, '/');
  const work = mkdtempSync(join(tmpdir(), 'son-la-sw-'));
  try {
    const bundled = join(work, SW_FILE);
    await build({
      entryPoints: [SW_SOURCE],
      outfile: bundled,
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      legalComments: 'none',
      logLevel: 'warning',
      define: {
        __BASE__: JSON.stringify(prefix),
        // Workbox logs only in development builds.
        'process.env.NODE_ENV': '"production"',
      },
    });
    const files = shellFiles(dist, prefix);
    const assets = new RegExp(`^${assetsDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`);
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(dist, SW_FILE),
      globDirectory: dist,
      globPatterns: files,
      // Hashed names need no revision, so the browser may answer them from its HTTP cache.
      dontCacheBustURLsMatching: assets,
      manifestTransforms: [
        async (entries) => ({
          manifest: entries.map((entry) => ({
            ...entry,
            // Pages are asked for as `/vi/ngoai-tuyen/`, not `…/index.html`.
            url: prefix + entry.url.replace(/(^|\/)index\.html$/, '$1'),
          })),
          warnings: [],
        }),
      ],
    });
    if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('; ')}`);
    if (count !== files.length)
      throw new Error(`Workbox precached ${count} files, expected ${files.length}.`);
    return {
      precached: count,
      precacheBytes: size,
      workerBytes: statSync(join(dist, SW_FILE)).size,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function serviceWorkerIntegration(): AstroIntegration {
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'son-la:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await buildServiceWorker(fileURLToPath(dir), { base, assetsDir });
        logger.info(
          `${SW_FILE} written: ${report.precached} files precached (${(report.precacheBytes / 1024).toFixed(0)} KB before compression), worker ${(report.workerBytes / 1024).toFixed(1)} KB, in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
