import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memorySource, type ContentSource } from '../../src/lib/content/check/source';
import { filesUnder } from '../../src/site/files';

/**
 * The small valid site in tests/fixtures/content/base, in memory, for tests
 * that make one mistake and look at the message: each call is a fresh copy.
 */
export const BASE_FIXTURE = join(process.cwd(), 'tests/fixtures/content/base');

let base: Record<string, string> | undefined;
function baseFiles(): Record<string, string> {
  base ??= Object.fromEntries(
    ['content', 'public'].flatMap((top) =>
      filesUnder(join(BASE_FIXTURE, top)).map((path) => [
        `${top}/${path}`,
        readFileSync(join(BASE_FIXTURE, top, path), 'utf8'),
      ]),
    ),
  );
  return base;
}

export interface FixtureSite {
  read(path: string): string;
  write(path: string, text: string): void;
  edit(path: string, change: (text: string) => string): void;
  /** A file, or a folder with everything in it. */
  remove(path: string): void;
  source(): ContentSource;
}

export function fixtureSite(): FixtureSite {
  const files = { ...baseFiles() };
  return {
    read(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`fixture: no file ${path}`);
      return text;
    },
    write: (path, text) => {
      files[path] = text;
    },
    edit(path, change) {
      this.write(path, change(this.read(path)));
    },
    remove: (path) => {
      for (const key of Object.keys(files))
        if (key === path || key.startsWith(`${path.replace(/\/$/, '')}/`)) delete files[key];
    },
    source: () => memorySource(files),
  };
}

/** A copy of the fixture site on disk, for tools that read and write files (git, the CLIs). */
export function fixtureCopy(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(BASE_FIXTURE, root, { recursive: true });
  return root;
}
