import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, told apart by where they live (and so by file name):
 * - unit:    `src/**\/*.test.ts`, `scripts/**\/*.test.ts` — pure modules, beside their code.
 * - built:   `tests/built/**\/*.test.ts` — read the built site in `dist/` (npm test builds first).
 * - editor:  `tests/editor/**\/*.test.ts` — `astro build` on a temp copy with broken and new content.
 * - browser: `tests/browser/**\/*.test.ts` — Debian Chromium via playwright-core over `dist/`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'built',
          include: ['tests/built/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      // The content checker end to end: real `astro build` runs on temp copies of the site.
      {
        test: {
          name: 'editor',
          include: ['tests/editor/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
