/**
 * `npm run build`'s second step (see finish-build.ts): the font subset, the
 * search index, the service worker and the editor, on the site `astro build` just wrote.
 * Reads the deployment base, output folder and assets folder from the
 * project's astro.config.mjs, the one place they are set.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';
import { finishBuild } from './finish-build';

const root = process.cwd();
const config = (await import(pathToFileURL(resolve(root, 'astro.config.mjs')).href))
  .default as AstroUserConfig;
const dist = resolve(root, typeof config.outDir === 'string' ? config.outDir : 'dist');
const started = performance.now();
try {
  await finishBuild(dist, {
    root,
    base: (config.base ?? '/').replace(/\/?$/, '/'),
    assetsDir: config.build?.assets ?? '_astro',
    log: (message) => console.log(`[son-la:finish-build] ${message}`),
  });
  console.log(
    `[son-la:finish-build] Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(`[son-la:finish-build] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
