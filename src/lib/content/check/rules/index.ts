import type { PageRule, SiteRule } from '../rule';
import { componentsRule } from './components';
import { htmlRule } from './html';
import { imagesRule } from './images';
import { layoutRule } from './layout';
import { linksRule } from './links';
import { mdxImportsRule } from './mdx-imports';
import { mdxSyntaxRule } from './mdx-syntax';
import { pairingRule } from './pairing';
import { placeholdersRule } from './placeholders';
import { reviewDueRule } from './review-due';
import { schemaRule } from './schema';
import { unicodeRule } from './unicode';

/**
 * Every rule of the content checker, in the order they run. To add one: write
 * `rules/<name>.ts` exporting a PageRule or SiteRule, put its sentences in
 * messages.ts, list it here, and pin its message with a test in check.test.ts.
 */
export const PAGE_RULES: readonly PageRule[] = [
  unicodeRule,
  placeholdersRule,
  schemaRule,
  mdxSyntaxRule,
  mdxImportsRule,
  imagesRule,
  htmlRule,
  componentsRule,
  reviewDueRule,
];

export const SITE_RULES: readonly SiteRule[] = [layoutRule, pairingRule, linksRule];
