import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = process.cwd();

export interface TempSite {
  dir: string;
  dist: string;
  /** Write a file relative to the copy (e.g. `content/pages/x/vi.mdx`). */
  write: (path: string, text: string) => void;
  build: (env?: Record<string, string>) => { status: number | null; output: string };
  remove: () => void;
}

/**
 * A throwaway copy of the site for tests that must build something the real
 * site must never contain (broken or hostile content) or build differently
 * (a sub-path). `content` chooses which content folders to copy.
 */
export function tempSite({ content = ['pages'] }: { content?: string[] | 'all' } = {}): TempSite {
  const dir = mkdtempSync(join(tmpdir(), 'son-la-site-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  if (content === 'all') cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  else for (const folder of content) cpSync(join(ROOT, 'content', folder), join(dir, 'content', folder), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    dist: join(dir, 'dist'),
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    build(env = {}) {
      const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
        cwd: dir,
        env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, ...env },
        encoding: 'utf8',
        timeout: 400_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
