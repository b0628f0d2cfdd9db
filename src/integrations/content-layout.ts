import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentLayout, formatLayoutProblems } from '../lib/content/layout-check';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Paths under `content/`, relative and with `/` separators. */
export function contentFiles(contentDir: string): string[] {
  return listFiles(contentDir).map((file) => relative(contentDir, file).split(sep).join('/'));
}

/**
 * Stops `astro dev` and `astro build` before Astro loads any content when a
 * topic lacks a language or a file would be silently ignored.
 */
export function contentLayoutIntegration(): AstroIntegration {
  return {
    name: 'son-la:content-layout',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const contentDir = fileURLToPath(new URL('./content/', config.root));
        const problems = checkContentLayout(contentFiles(contentDir));
        if (problems.length > 0) {
          throw new Error(`Content folder problems (${problems.length}):\n${formatLayoutProblems(problems)}`);
        }
      },
    },
  };
}
