import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A fresh copy of the small valid site in tests/fixtures/content/base, for
 * tests that make one mistake and look at the message. Test-only helper.
 */
export const BASE_FIXTURE = join(process.cwd(), 'tests/fixtures/content/base');

export interface FixtureSite {
  root: string;
  read(path: string): string;
  write(path: string, text: string): void;
  edit(path: string, change: (text: string) => string): void;
  remove(path: string): void;
  dispose(): void;
}

export function fixtureSite(): FixtureSite {
  const root = mkdtempSync(join(tmpdir(), 'son-la-content-'));
  cpSync(BASE_FIXTURE, root, { recursive: true });
  const at = (path: string) => join(root, path);
  return {
    root,
    read: (path) => readFileSync(at(path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(at(path)), { recursive: true });
      writeFileSync(at(path), text);
    },
    edit(path, change) {
      this.write(path, change(this.read(path)));
    },
    remove: (path) => rmSync(at(path), { recursive: true }),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
