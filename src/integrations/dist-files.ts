import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as absolute paths, skipping the folders named in `skip` (e.g. `pagefind`). */
export function walkFiles(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : walkFiles(full, skip);
    return [full];
  });
}

/** An 8-character content hash for file names, in the alphabet Vite uses (`[A-Za-z0-9_-]`). */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('base64url').slice(0, 8);
}
