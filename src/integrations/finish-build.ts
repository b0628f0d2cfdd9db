import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../i18n/locales';
import { finalizeFonts } from './fonts';
import { buildSearchIndex } from './pagefind';
import { buildServiceWorker, SW_FILE } from './service-worker';
import { writeAdmin } from './admin';

/**
 * What the build does to the finished pages, in this order: subset the font
 * to the characters they use (renaming files and rewriting references), index
 * them with Pagefind, write the service worker with the final file list, then
 * add the browser editor (dist/admin/, src/integrations/admin.ts): last, so
 * the font subset, the search index and the offline cache never see it, and
 * it points to the site's final stylesheets for its preview.
 *
 * `npm run build` runs these steps after `astro build` has exited
 * (src/integrations/finish-build-cli.ts): Astro's heap, ~0.5 MB a page, is then
 * gone before the Pagefind service starts, so the build's peak memory is
 * Astro's alone. A plain `astro build` (site copies in tests, `npx astro build`)
 * runs them in `astro:build:done`, so every way of building gives the whole site.
 */

export interface FinishOptions {
  /** The project folder (for the font cache, the editor's sources and its bundle cache). */
  root: string;
  base: string;
  assetsDir: string;
  log: (message: string) => void;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

export async function finishBuild(dist: string, { root, base, assetsDir, log }: FinishOptions) {
  let started = performance.now();
  const fonts = await finalizeFonts(dist, assetsDir, root);
  const again = fonts.resubset.length
    ? `; subset again for ${fonts.resubset.length} characters the sources lacked (${fonts.resubset.join('')})`
    : '';
  log(
    `Be Vietnam Pro covers the pages: ${fonts.characters} characters (${fonts.files.map((f) => `${f.weight}: ${(f.bytes / 1024).toFixed(1)} KB`).join(', ')})${again}, checked in ${seconds(started)}.`,
  );
  started = performance.now();
  const { pages } = await buildSearchIndex(
    dist,
    Object.values(LOCALES).map((l) => l.htmlLang),
  );
  log(
    `Search index written to pagefind/ (${Object.entries(pages)
      .map(([lang, n]) => `${lang}: ${n}`)
      .join(', ')} pages) in ${seconds(started)}.`,
  );
  started = performance.now();
  const worker = await buildServiceWorker(dist, { base, assetsDir });
  log(
    `${SW_FILE} written: ${worker.precached} files precached, worker ${(worker.workerBytes / 1024).toFixed(1)} KB, in ${seconds(started)}.`,
  );
  started = performance.now();
  await writeAdmin(root, dist);
  log(`Editor written to admin/ in ${seconds(started)}.`);
}

/** `npm run build` sets npm_lifecycle_event=build for the processes it starts (npm's own variable). */
const finishesAfterAstro = () => process.env.npm_lifecycle_event === 'build';

/** What the finishing step needs of Astro's resolved config, handed over in a file. */
export type Handoff = Omit<FinishOptions, 'log'> & { dist: string };

/**
 * Where `astro build` leaves the hand-off for finish-build-cli.ts: the
 * project's `.astro/` folder (Astro's own, git-ignored, one per project, so
 * site copies building side by side never share it). Reading it saves the
 * second process from loading the whole site config (every integration, the
 * MDX pipeline, the content checker) for three settings, and gives it the
 * values Astro resolved, command-line flags included.
 */
export const handoffPath = (root: string) => join(root, '.astro', 'finish-build.json');

export function finishBuildIntegration(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'son-la:finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (finishesAfterAstro()) {
          const handoff: Handoff = { dist: fileURLToPath(dir), root, base, assetsDir };
          mkdirSync(dirname(handoffPath(root)), { recursive: true });
          writeFileSync(handoffPath(root), JSON.stringify(handoff, null, 2));
          logger.info(
            'Font subset, search index, service worker and editor follow once Astro exits.',
          );
          return;
        }
        await finishBuild(fileURLToPath(dir), {
          root,
          base,
          assetsDir,
          log: (m) => logger.info(m),
        });
      },
    },
  };
}
