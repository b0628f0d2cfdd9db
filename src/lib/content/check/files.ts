import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    // Hidden files (.DS_Store, editor swap files) are never content.
    if (name.startsWith('.')) return [];
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Paths under `content/`, relative and with `/` separators, sorted. */
export function contentFiles(contentDir: string): string[] {
  return listFiles(contentDir)
    .map((file) => relative(contentDir, file).split(sep).join('/'))
    .sort();
}
