import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `dir`, as paths relative to it with `/` separators, sorted.
 * Hidden files (.DS_Store, editor swap files) are never content and are left out.
 * The one directory walker of the project: the checker, i18n:status and the tests use it.
 */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const walk = (at: string): string[] =>
    readdirSync(at).flatMap((name) => {
      if (name.startsWith('.')) return [];
      const full = join(at, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return walk(dir)
    .map((file) => relative(dir, file).split(sep).join('/'))
    .sort();
}
