import { defineConfig } from 'vitest/config';

/**
 * Five kinds of test, told apart by where they live (and so by file name):
 * - unit:    `src/**\/*.test.ts` — modules beside their code, in-process (the CLIs' logic too).
 * - kit:     `src/components/mdx/**\/*.render.test.ts` — the MDX kit's examples rendered by
 *            Astro's container API (vitest.kit.config.ts: Astro's Vite config).
 * - built:   `tests/built/**\/*.test.ts` — read the built site in `dist/` (npm test builds first)
 *            and the fixture site (tests/support/fixture-build.ts).
 * - editor:  `tests/editor/**\/*.test.ts` — the tools end to end: a real `astro build` that must
 *            stop on broken content, and the npm scripts as commands.
 * - browser: `tests/browser/**\/*.test.ts` — Debian Chromium via playwright-core over `dist/`
 *            and the fixture site.
 * Nothing here measures time: speed is for `npm run bench`, `npm run lighthouse`, … . Timeouts
 * are generous so a busy machine is slow, not red.
 */
const FIXTURE = ['tests/support/fixture-build.ts'];

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker, which runs every file one after another and
    // sits idle while a test waits for the fixture build or for Chromium.
    maxWorkers: 3,
    projects: [
      './vitest.kit.config.ts',
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.render.test.ts'],
          environment: 'node',
          // Pure modules and their data: no state to leak between files, ~250 ms saved per file.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'built',
          include: ['tests/built/**/*.test.ts'],
          environment: 'node',
          // Files only read dist/; sharing a worker shares its parsed pages.
          isolate: false,
          globalSetup: FIXTURE,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'editor',
          include: ['tests/editor/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: FIXTURE,
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // Files run side by side (maxWorkers above): most of a browser test is waiting on
          // Chromium, and every wait is on a condition, not a clock.
        },
      },
    ],
  },
});
