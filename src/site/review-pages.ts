import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { CONTENT_COLLECTIONS } from '../lib/routes/sections';
import { filesUnder } from './files';
import { splitFrontmatter } from '../lib/content/check/frontmatter';
import { localeOfTopicFile } from '../lib/content/topic-files';
import { schemas, type CollectionName } from '../lib/content/schemas';
import type { ReviewedPage } from '../lib/content/review-due';

/**
 * Reads every content file under `root/content` into what the review report
 * needs: its review date and interval (schema defaults applied), its title and
 * its text. Drafts are left out; a file whose frontmatter does not parse is left
 * to `npm run content:check`, which says what is wrong with it.
 */
export function readReviewedPages(root: string): ReviewedPage[] {
  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) return [];
  const pages: ReviewedPage[] = [];
  for (const path of filesUnder(contentDir)) {
    const [collection, , name, ...rest] = path.split('/');
    const locale = localeOfTopicFile(name ?? '');
    if (
      rest.length > 0 ||
      !locale ||
      !(CONTENT_COLLECTIONS as readonly string[]).includes(collection!)
    )
      continue;
    const source = readFileSync(join(contentDir, path), 'utf8');
    const split = splitFrontmatter(source);
    if (!split.ok) continue;
    // Images are not looked at here; any value stands in for them.
    const parsed = schemas[collection as CollectionName](() => z.any()).safeParse(split.data);
    if (!parsed.success || parsed.data.draft) continue;
    const { reviewed, updated, reviewEvery, title } = parsed.data;
    pages.push({
      file: `content/${path}`,
      locale,
      title,
      reviewed: reviewed ?? updated,
      reviewedFromUpdated: reviewed === undefined,
      every: reviewEvery,
      source,
    });
  }
  return pages;
}
