import { LOCALE_CODES, isLocale, type Locale } from '../../i18n/locales';

/**
 * How a topic's files are named: `content/<collection>/<topic>/index.<locale>.mdx`,
 * images beside them. This is the "page bundle" shape that the browser editor
 * (Sveltia CMS, `structure: multiple_files`, `path: '{{slug}}/index'`) can write;
 * it cannot write `<topic>/<locale>.mdx` (docs/adr/0003). Every file name the
 * checker, the route table, `npm run new` and `i18n:status` print comes from here.
 */

/** `index.vi.mdx` */
export function topicFileName(locale: Locale): string {
  return `index.${locale}.mdx`;
}

/** `content/heritage/lao-kho/index.en.mdx` */
export function topicFilePath(collection: string, topic: string, locale: Locale): string {
  return `content/${collection}/${topic}/${topicFileName(locale)}`;
}

/** The language of a file name inside a topic folder, or undefined when it is not a language file. */
export function localeOfTopicFile(name: string): Locale | undefined {
  const match = /^index\.([a-z]{2})\.mdx$/.exec(name);
  return match && isLocale(match[1]) ? match[1] : undefined;
}

/** Glob pattern (relative to a collection folder) for Astro's loader. */
export const TOPIC_FILE_GLOB = `*/index.{${LOCALE_CODES.join(',')}}.mdx`;

/** Astro entry id of a file matched by TOPIC_FILE_GLOB: `lao-kho/index.en.mdx` → `lao-kho/en`. */
export function topicEntryId(entry: string): string {
  return entry.replace(/\/index\.([a-z]{2})\.mdx$/, '/$1');
}

/** `index.vi.mdx or index.en.mdx` — for messages; `joiner` is the word between them. */
export function topicFileNames(joiner: string): string {
  return LOCALE_CODES.map(topicFileName).join(` ${joiner} `);
}
