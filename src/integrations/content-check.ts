import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkFailedTitle, formatProblems, summarize } from '../lib/content/check';
import { checkSiteContent } from '../site/content-check';

/**
 * Runs the content checker (the one behind `npm run content:check`) before
 * Astro loads any content.
 *
 * - `astro build` stops on any error, listing every problem at once, in both
 *   languages — the same text the editor saw from `npm run content:check`.
 * - `astro dev` only prints the problems: an editor previewing a half-written
 *   page (placeholders, a missing translation) needs the preview most, and a
 *   dev server that refuses to start teaches nothing. Mistakes Astro cannot
 *   render past still show in its error overlay, with our message above it.
 */
export function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'son-la:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Tools that only load Astro's config (the kit's render tests, knip) set this.
        if (process.env.CONTENT_CHECK === 'off') return;
        const root = fileURLToPath(config.root);
        const { problems, files } = checkSiteContent(root, {
          mode: command === 'build' ? 'build' : 'dev',
        });
        const blocking = problems.filter((p) => p.severity !== 'note');
        if (command === 'build' && problems.some((p) => p.severity === 'error')) {
          throw new Error(
            `${checkFailedTitle()}:\n\n${formatProblems(blocking)}\n\n${summarize(problems, files)}`,
          );
        }
        if (blocking.length > 0) logger.warn(`\n${formatProblems(blocking)}`);
        logger.info(summarize(problems, files));
      },
    },
  };
}
