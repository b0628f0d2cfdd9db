import { getViteConfig } from 'astro/config';

/**
 * The MDX kit's render tests need Astro's Vite setup (to import .astro and
 * .mdx files): a project of its own, listed in vitest.config.ts.
 */
export default getViteConfig({
  test: {
    name: 'kit',
    include: ['src/components/mdx/**/*.render.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
