/**
 * A throwaway copy of the project, for builds that must never touch the real
 * one: tests with broken or hostile content, a sub-path build, benchmarks.
 *
 * node_modules is shared through a symlink, and Astro keeps its content-layer
 * cache there by default (node_modules/.astro/data-store.json). So each copy
 * gets its own cacheDir: otherwise copies would read and write the real
 * project's cache, and copies building at the same time would race on it.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// deploy/: the editor's headers (src/admin/headers.ts) come from deploy/security-headers.json.
const PROJECT_FILES = ['src', 'public', 'deploy', 'package.json', 'tsconfig.json'];

/**
 * Copy the project at `root` into a new temporary folder.
 * `content`: 'all', or the content folders to copy (e.g. ['pages']).
 * @param {string} root
 * @param {{ content?: 'all' | string[], prefix?: string }} [options]
 * @returns {string} the copy's folder
 */
export function copySite(root, { content = 'all', prefix = 'son-la-site-' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT_FILES)
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  cpSync(join(root, 'astro.config.mjs'), join(dir, 'astro.base.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import base from './astro.base.mjs';\nexport default { ...base, cacheDir: './.astro-cache' };\n",
  );
  if (content === 'all') cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  else
    for (const folder of content)
      cpSync(join(root, 'content', folder), join(dir, 'content', folder), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * `astro build` in a copy, with the project's Node 24 first on PATH; output is returned, not printed.
 * @param {string} root
 * @param {string} dir
 * @param {Record<string, string>} [env]
 * @returns {{ status: number | null, output: string }}
 */
export function buildCopy(root, dir, env = {}) {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** @param {string} dir */
export function removeCopy(dir) {
  rmSync(dir, { recursive: true, force: true });
}
