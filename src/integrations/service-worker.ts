import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';
import { LOCALE_CODES } from '../i18n/locales';
import { offlinePagePath } from '../lib/routes/paths';

/**
 * Writes `<dist>/sw.js` once the pages, fonts and search index are final
 * (it runs after them in `astro:build:done`). The worker's code is
 * src/service-worker/sw.ts, bundled with esbuild; Workbox's `injectManifest`
 * then writes the precache list into it with a revision per file.
 */

const SW_SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));
export const SW_FILE = 'sw.js';

/**
 * What a first visit precaches: the offline page in each language and what
 * those pages load (styles, scripts, fonts, icon). Every page loads the same
 * shell, so the hashed files come from the browser's HTTP cache, not the network.
 */
function shellFiles(dist: string, base: string, assetsDir = '_astro'): string[] {
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
      // Hashed assets only (styles, scripts, fonts): they come from the HTTP cache. Pages
      // linked from the offline page are cached when visited, not before; icons are not needed.
      if (!path.startsWith(`${assetsDir}/`) || !/\.(?:css|m?js|woff2)$/.test(path)) continue;
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

/**
 * workbox-build takes about half a second to load, and Astro loads this file
 * with the site config on every build, also when the worker is written later
 * by another process (finish-build-cli.ts). So it is loaded when a worker is
 * written. With require (it is CommonJS), not import(): the config's modules
 * run in Vite's config loader, whose dynamic imports fail once it has closed.
 */
const loadWorkbox = () =>
  createRequire(import.meta.url)('workbox-build') as typeof import('workbox-build');

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
    // Terser packs the worker ~5% smaller than esbuild's minifier: every first visit downloads it.
    const packed = await minify(readFileSync(bundled, 'utf8'), {
      ecma: 2020,
      toplevel: true,
      compress: { passes: 2 },
      format: { comments: false },
    });
    writeFileSync(bundled, packed.code!);
    const files = shellFiles(dist, prefix, assetsDir);
    const assets = new RegExp(`^${assetsDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`);
    const { count, size, warnings } = await loadWorkbox().injectManifest({
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
