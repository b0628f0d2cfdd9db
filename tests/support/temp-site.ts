import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildCopy, copySite, removeCopy } from '../../scripts/lib/site-copy.mjs';

const ROOT = process.cwd();

export interface TempSite {
  dir: string;
  dist: string;
  /** Write a file relative to the copy (e.g. `content/pages/x/index.vi.mdx`). */
  write: (path: string, text: string) => void;
  build: (env?: Record<string, string>) => { status: number | null; output: string };
  remove: () => void;
}

/**
 * The general pages that link only to one another: a copy with just these
 * builds fast. (The profile and agencies pages link into the sections.)
 */
export const STANDALONE_PAGES = [
  'pages/about',
  'pages/accessibility',
  'pages/contact',
  'pages/privacy',
];

/**
 * A throwaway copy of the site (scripts/lib/site-copy.mjs) for tests that must
 * build something the real site must never contain (broken or hostile content)
 * or build differently (a sub-path). `content` chooses which content folders to copy.
 */
export function tempSite({
  content = STANDALONE_PAGES,
}: { content?: string[] | 'all' } = {}): TempSite {
  const dir = copySite(ROOT, { content });
  return {
    dir,
    dist: join(dir, 'dist'),
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    build: (env = {}) => buildCopy(ROOT, dir, env),
    remove: () => removeCopy(dir),
  };
}
