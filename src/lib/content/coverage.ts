import { LOCALE_CODES, type Locale } from '../../i18n/locales';
import { COLLECTION_SECTIONS, type CollectionSection } from '../routes/sections';
import { splitFrontmatter } from './check/frontmatter';
import { nodesOf, parseBody } from './check/mdx';

/**
 * How much the site says, section by section and language by language, against
 * the editorial minimums the content plan set (issue 12 of December 2026). This
 * is content policy, so it is a report (`npm run content:coverage`), not a test:
 * retiring a weak article is an editor's decision, not a broken build.
 */
const EDITORIAL_MINIMUMS = {
  /** Published topics per section, in each language. */
  topics: {
    culture: 9,
    heritage: 8,
    visit: 8,
    invest: 7,
    cooperation: 7,
    news: 4,
    documents: 3,
  } satisfies Record<CollectionSection, number>,
  /** Published topics in all sections together, in each language. */
  total: 45,
  /** Words of running text on each topic page. */
  words: 250,
} as const;

export interface CoveragePage {
  file: string;
  locale: Locale;
  /** The text of the MDX file, frontmatter included. */
  source: string;
}

/** Words of a page's running text: text in the body, not code, markup or component attributes. */
export function wordCount(source: string): number {
  const split = splitFrontmatter(source);
  if (!split.ok) return 0;
  const body = parseBody(split.body, split.bodyLine);
  if (!body.ok) return 0;
  return nodesOf(body.tree)
    .filter((node) => node.type === 'text' && node.value)
    .flatMap((node) => node.value!.split(/\s+/))
    .filter((word) => /\p{L}/u.test(word)).length;
}

export interface CoverageReport {
  rows: { section: CollectionSection; minimum: number; topics: Record<Locale, number> }[];
  totals: Record<Locale, number>;
  /** Topic pages with fewer words than the minimum, fewest first. */
  short: { file: string; words: number }[];
  /** One line per minimum that is not met; empty when all are. */
  shortfalls: string[];
}

const sectionOf = (file: string) =>
  COLLECTION_SECTIONS.find((section) => file.startsWith(`content/${section}/`));

export function coverageReport(pages: readonly CoveragePage[]): CoverageReport {
  const topics = pages.flatMap((page) => {
    const section = sectionOf(page.file);
    return section ? [{ ...page, section }] : [];
  });
  const count = (locale: Locale, section?: CollectionSection) =>
    topics.filter((t) => t.locale === locale && (!section || t.section === section)).length;
  const byLocale = (f: (locale: Locale) => number) =>
    Object.fromEntries(LOCALE_CODES.map((locale) => [locale, f(locale)])) as Record<Locale, number>;

  const rows = COLLECTION_SECTIONS.map((section) => ({
    section,
    minimum: EDITORIAL_MINIMUMS.topics[section],
    topics: byLocale((locale) => count(locale, section)),
  }));
  const totals = byLocale((locale) => count(locale));
  const short = topics
    .map((t) => ({ file: t.file, words: wordCount(t.source) }))
    .filter((t) => t.words < EDITORIAL_MINIMUMS.words)
    .sort((a, b) => a.words - b.words || a.file.localeCompare(b.file));

  const shortfalls = [
    ...rows.flatMap((row) =>
      LOCALE_CODES.filter((l) => row.topics[l] < row.minimum).map(
        (l) => `${row.section} (${l}): ${row.topics[l]} topics, the plan asks for ${row.minimum}`,
      ),
    ),
    ...LOCALE_CODES.filter((l) => totals[l] < EDITORIAL_MINIMUMS.total).map(
      (l) =>
        `all sections (${l}): ${totals[l]} topics, the plan asks for ${EDITORIAL_MINIMUMS.total}`,
    ),
    ...short.map(
      (t) => `${t.file}: ${t.words} words, the plan asks for ${EDITORIAL_MINIMUMS.words}`,
    ),
  ];
  return { rows, totals, short, shortfalls };
}

export function formatCoverage(report: CoverageReport): string {
  const head = `section / chuyên mục   ${LOCALE_CODES.join('   ')}   minimum / tối thiểu`;
  const line = (name: string, counts: Record<Locale, number>, minimum: number) =>
    `${name.padEnd(22)}${LOCALE_CODES.map((l) => String(counts[l]).padStart(2)).join('   ')}   ${minimum}`;
  return [
    head,
    ...report.rows.map((row) => line(row.section, row.topics, row.minimum)),
    line('all / tất cả', report.totals, EDITORIAL_MINIMUMS.total),
    '',
    report.shortfalls.length === 0
      ? `✓ Every minimum is met, and every topic page has at least ${EDITORIAL_MINIMUMS.words} words. / Đạt mọi mức tối thiểu; mọi bài có ít nhất ${EDITORIAL_MINIMUMS.words} từ.`
      : [
          `Below the plan's minimums / Dưới mức tối thiểu của kế hoạch:`,
          ...report.shortfalls.map((s) => `  - ${s}`),
        ].join('\n'),
  ].join('\n');
}
