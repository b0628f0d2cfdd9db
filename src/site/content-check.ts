import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './files';
import { MDX_KIT } from '../components/mdx/kit';
import { checkContent, type CheckMode, type CheckResult } from '../lib/content/check';
import type { ContentSource } from '../lib/content/check/source';

/**
 * The content checker on a site folder on disk, with the site's MDX kit: what
 * `astro build`, `astro dev` and `npm run content:check` run.
 */

/** The files of the site at `root`, read when the checker asks. */
function diskSource(root: string): ContentSource {
  return {
    contentFiles: filesUnder(join(root, 'content')),
    read: (path) => readFileSync(join(root, path), 'utf8'),
    exists: (path) => existsSync(join(root, path)),
  };
}

/** Today in the province (UTC+7), `YYYY-MM-DD`: the day an editor in Sơn La sees. */
export function todayInSonLa(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function checkSiteContent(
  root: string,
  { mode = 'build' as CheckMode, today = todayInSonLa() } = {},
): CheckResult {
  return checkContent({ source: diskSource(root), kit: MDX_KIT, mode, today });
}
