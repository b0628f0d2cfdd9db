import { getViteConfig } from 'astro/config';

/**
 * The MDX kit's render tests need Astro's Vite setup (to import .astro and
 * .mdx files): a project of its own, listed in vitest.config.ts.
 */
const astroViteConfig = getViteConfig({
  test: {
    name: 'kit',
    include: ['src/components/mdx/**/*.render.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

// Rendering examples needs Astro's config, not a content check of the whole site: the
// switch is on only while Astro resolves its config, so builds the tests start still check.
export default async (env: Parameters<typeof astroViteConfig>[0]) => {
  process.env.CONTENT_CHECK = 'off';
  try {
    return await astroViteConfig(env);
  } finally {
    delete process.env.CONTENT_CHECK;
  }
};
