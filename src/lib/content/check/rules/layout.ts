import { LOCALE_CODES, isLocale, type Locale } from '../../../../i18n/locales';
import { CONTENT_COLLECTIONS, isContentCollection } from '../../../routes/sections';
import { isTopicAsset } from '../../file-types';
import { SLUG_PATTERN } from '../../schemas';
import { localeOfTopicFile, topicFileName, topicFileNames } from '../../topic-files';
import { MESSAGES as M } from '../messages';
import { problem, type Problem } from '../problem';
import type { SiteRule } from '../rule';

/**
 * The shape of the `content/` folder, before Astro loads it: every topic has
 * one file per language, and no file sits where it would be silently ignored.
 */

const names = (and: 'and' | 'or') =>
  ({
    en: topicFileNames(and),
    vi: topicFileNames(and === 'and' ? 'và' : 'hoặc'),
  }) as const;

/** Problems with the folder layout, for paths relative to `content/`. */
export function layoutProblems(paths: readonly string[], root = 'content'): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, message: Parameters<typeof problem>[2]) =>
    problems.push(problem(file, 'file', message));
  const topics = new Map<string, Set<Locale>>();

  for (const path of paths) {
    const parts = path.split('/');
    const [collection, topic, file] = parts;
    const where = `${root}/${path}`;
    if (parts.length === 1) {
      if (path.toLowerCase() !== 'readme.md') report(where, M.fileInContentRoot());
      continue;
    }
    if (!isContentCollection(collection!)) {
      report(where, M.notASection(collection!, CONTENT_COLLECTIONS));
      continue;
    }
    if (parts.length === 2) {
      if (topic!.toLowerCase() !== 'readme.md') {
        report(
          where,
          M.fileInSectionRoot({
            en: `${root}/${collection}/<topic>/${names('and').en}`,
            vi: `${root}/${collection}/<ten-bai>/${names('and').vi}`,
          }),
        );
      }
      continue;
    }
    if (!SLUG_PATTERN.test(topic!)) report(where, M.topicFolderName(topic!));
    const key = `${collection}/${topic}`;
    if (!topics.has(key)) topics.set(key, new Set());
    if (parts.length > 3) {
      if (!isTopicAsset(path)) report(where, M.mdxInSubfolder(names('or')));
      continue;
    }
    const locale = localeOfTopicFile(file!);
    if (locale) {
      topics.get(key)!.add(locale);
    } else if (isLocale(file!.replace(/\.mdx$/, ''))) {
      // The layout before December 2026 (`vi.mdx`): say exactly what to rename it to.
      report(where, M.oldFileName(file!, topicFileName(file!.replace(/\.mdx$/, '') as Locale)));
    } else if (/\.(mdx?|markdown)$/i.test(file!)) {
      report(where, M.notALanguageFile(file!, names('or')));
    } else if (!isTopicAsset(file!)) {
      report(where, M.notAContentFile(file!));
    }
  }

  for (const [key, present] of topics) {
    if (present.size === 0) {
      report(`${root}/${key}/`, M.topicWithoutLanguage(names('and')));
      continue;
    }
    for (const locale of LOCALE_CODES) {
      if (present.has(locale)) continue;
      const existing = [...present].map((code) => `${root}/${key}/${topicFileName(code)}`);
      const create = `${root}/${key}/${topicFileName(locale)}`;
      report(create, M.missingTranslation(locale, existing, create));
    }
  }
  return problems;
}

export const layoutRule: SiteRule = {
  name: 'layout',
  checkSite(site, _context, report) {
    for (const p of layoutProblems(site.paths)) report(p.file, p.where, p, p.severity);
  },
};
