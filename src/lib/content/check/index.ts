import { planRoutes, type TopicRef } from '../../routes/route-table';
import { isContentCollection } from '../../routes/sections';
import { SLUG_PATTERN } from '../schemas';
import { localeOfTopicFile } from '../topic-files';
import { splitFrontmatter } from './frontmatter';
import { parseBody } from './mdx';
import { MESSAGES as M } from './messages';
import { problem, sortProblems, type Problem } from './problem';
import type { CheckContext, CheckedPage, CheckedSite } from './rule';
import { PAGE_RULES, SITE_RULES } from './rules';

/**
 * The content checker behind `npm run content:check`, `astro build` and
 * `astro dev`: every content file is either a page or a reported problem. It
 * reads the files once, then runs each rule of rules/index.ts: page rules on
 * each MDX file, site rules on all of them. Pure: the files come from a
 * ContentSource (src/site/content-check.ts reads the disk).
 */

export interface CheckResult {
  problems: Problem[];
  /** Number of MDX files looked at. */
  files: number;
}

export function checkContent(
  context: Partial<CheckContext> & Pick<CheckContext, 'source' | 'kit' | 'today'>,
): CheckResult {
  const ctx: CheckContext = { mode: 'build', ...context };
  const problems: Problem[] = [];
  const paths = ctx.source.contentFiles;
  const pages: CheckedPage[] = [];
  let files = 0;

  for (const path of paths) {
    const [collection, topic, name, ...rest] = path.split('/');
    const locale = localeOfTopicFile(name ?? '');
    if (rest.length > 0 || !locale || !isContentCollection(collection!)) continue;
    const file = `content/${path}`;
    files += 1;
    const text = ctx.source.read(file);
    const split = splitFrontmatter(text);
    if (!split.ok) {
      problems.push(
        split.reason === 'missing'
          ? problem(file, 'frontmatter', M.noFrontmatter())
          : problem(file, `frontmatter, line ${split.line}`, M.yamlError(split.message)),
      );
      continue;
    }
    const page: CheckedPage = {
      file,
      collection,
      topic: topic!,
      locale,
      text,
      data: split.data,
      body: parseBody(split.body, split.bodyLine),
      line: (node) => (node.position?.start.line ?? 1) + split.bodyLine - 1,
    };
    pages.push(page);
    for (const rule of PAGE_RULES) {
      rule.checkPage(page, ctx, (where, message, severity) =>
        problems.push(problem(file, where, message, severity)),
      );
    }
  }

  const refs: TopicRef[] = pages.flatMap((page) => {
    const slug = page.data.slug;
    if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) return [];
    const id = `${page.topic}/${page.locale}`;
    const draft = page.data.draft === true;
    return [
      { collection: page.collection, topic: page.topic, locale: page.locale, slug, id, draft },
    ];
  });
  const plans = new Map<boolean, ReturnType<typeof planRoutes>>();
  const site: CheckedSite = {
    paths,
    pages,
    refs,
    plan(includeDrafts) {
      if (!plans.has(includeDrafts)) plans.set(includeDrafts, planRoutes(refs, { includeDrafts }));
      return plans.get(includeDrafts)!;
    },
  };
  for (const rule of SITE_RULES) {
    rule.checkSite(site, ctx, (file, where, message, severity) =>
      problems.push(problem(file, where, message, severity)),
    );
  }

  return { problems: sortProblems(problems), files };
}

export { formatProblems, summarize, checkFailedTitle } from './problem';
export type { CheckMode } from './rule';
