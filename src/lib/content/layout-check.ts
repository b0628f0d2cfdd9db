import { LOCALES, LOCALE_CODES, type Locale } from '../../i18n/locales';
import { COLLECTION_SECTIONS, PAGES_COLLECTION } from '../../i18n/sections';

/**
 * Checks the shape of the `content/` folder before Astro loads it: every topic
 * has one file per language, and no file sits where it would be silently
 * ignored. Pure: it receives the list of paths (relative to `content/`).
 */

export const CONTENT_COLLECTIONS: readonly string[] = [...COLLECTION_SECTIONS, PAGES_COLLECTION];

/** Files editors may keep beside a topic's MDX: images and attachments. */
const ASSET_PATTERN = /\.(svg|png|jpe?g|webp|avif|gif|pdf|txt|docx?|xlsx?|odt|csv|geojson|json)$/i;

export interface LayoutProblem {
  file: string;
  problem: string;
  fix: string;
}

export function checkContentLayout(paths: readonly string[], root = 'content'): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const topics = new Map<string, Set<Locale>>();

  for (const path of paths) {
    const parts = path.split('/');
    const [collection, topic, file] = parts;
    const where = `${root}/${path}`;
    if (parts.length === 1) {
      if (path.toLowerCase() !== 'readme.md') {
        problems.push({ file: where, problem: 'a file directly in content/ is not published', fix: 'move it into a topic folder such as content/heritage/<topic>/' });
      }
      continue;
    }
    if (!CONTENT_COLLECTIONS.includes(collection!)) {
      problems.push({
        file: where,
        problem: `"${collection}" is not a content section, so nothing in it is published`,
        fix: `use one of: ${CONTENT_COLLECTIONS.join(', ')}`,
      });
      continue;
    }
    if (parts.length === 2) {
      if (topic!.toLowerCase() !== 'readme.md') {
        problems.push({ file: where, problem: 'a file directly in a section folder is not published', fix: `put each topic in its own folder: ${root}/${collection}/<topic>/vi.mdx and en.mdx` });
      }
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(topic!)) {
      problems.push({ file: where, problem: `topic folder "${topic}" is not a plain ASCII name`, fix: 'rename the folder with a-z, 0-9 and hyphens only, e.g. deo-pha-din' });
    }
    const key = `${collection}/${topic}`;
    if (!topics.has(key)) topics.set(key, new Set());
    if (parts.length > 3) {
      if (!ASSET_PATTERN.test(path)) {
        problems.push({ file: where, problem: 'only images and attachments may sit in sub-folders of a topic', fix: 'move MDX files up to the topic folder, named vi.mdx or en.mdx' });
      }
      continue;
    }
    const locale = LOCALE_CODES.find((code) => file === `${code}.mdx`);
    if (locale) {
      topics.get(key)!.add(locale);
    } else if (/\.(mdx?|markdown)$/i.test(file!)) {
      problems.push({
        file: where,
        problem: `"${file}" is not a language file, so it would never be published`,
        fix: `name the file after its language: ${LOCALE_CODES.map((code) => `${code}.mdx`).join(' or ')}`,
      });
    } else if (!ASSET_PATTERN.test(file!)) {
      problems.push({ file: where, problem: `"${file}" is not a content, image or attachment file`, fix: 'remove it, or use a supported image or document format' });
    }
  }

  for (const [key, present] of topics) {
    if (present.size === 0) {
      problems.push({
        file: `${root}/${key}/`,
        problem: 'topic folder has no language file',
        fix: `add ${LOCALE_CODES.map((code) => `${code}.mdx`).join(' and ')}, or delete the folder`,
      });
      continue;
    }
    for (const locale of LOCALE_CODES) {
      if (present.has(locale)) continue;
      const existing = [...present].map((code) => `${root}/${key}/${code}.mdx`);
      problems.push({
        file: `${root}/${key}/${locale}.mdx`,
        problem: `missing ${LOCALES[locale].label} (${locale}) translation of ${existing.join(', ')}`,
        fix: `create ${root}/${key}/${locale}.mdx (copy ${existing[0]} and translate it)`,
      });
    }
  }
  return problems;
}

export function formatLayoutProblems(problems: readonly LayoutProblem[]): string {
  return problems.map((p) => `✗ ${p.file}\n    ${p.problem}\n    → ${p.fix}`).join('\n');
}
