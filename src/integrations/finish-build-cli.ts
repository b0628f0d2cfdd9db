/**
 * `npm run build`'s second step (see finish-build.ts): the font subset, the
 * search index, the service worker and the editor, on the site `astro build`
 * just wrote. Takes the output folder, base and assets folder as Astro
 * resolved them from astro.config.mjs (the one place they are set), from the
 * hand-off file the build left (`handoffPath`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { finishBuild, handoffPath, type Handoff } from './finish-build';

const file = handoffPath(process.cwd());
if (!existsSync(file)) {
  console.error(
    `[son-la:finish-build] ${file} is missing: run \`npm run build\`, which writes it at the end of \`astro build\`.`,
  );
  process.exit(1);
}
const { dist, ...options } = JSON.parse(readFileSync(file, 'utf8')) as Handoff;
const started = performance.now();
try {
  await finishBuild(dist, {
    ...options,
    log: (message) => console.log(`[son-la:finish-build] ${message}`),
  });
  console.log(
    `[son-la:finish-build] Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(`[son-la:finish-build] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
