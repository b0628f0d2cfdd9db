import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, told apart by where they live (and so by file name):
 * - unit:    `src/**\/*.test.ts`, `scripts/**\/*.test.ts` — pure modules, beside their code.
 * - built:   `tests/built/**\/*.test.ts` — read the built site in `dist/` (npm test builds first).
 * - browser: `tests/browser/**\/*.test.ts` — Debian Chromium via playwright-core over `dist/`.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'built', include: ['tests/built/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
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
