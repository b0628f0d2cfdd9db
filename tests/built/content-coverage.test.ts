import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { SECTIONS, type SectionKey } from '../../src/lib/routes/sections';
import { LOCALE_CODES } from '../../src/i18n/locales';

/** What the content issue asks of each section, per language. */
const MINIMUM_TOPICS: Partial<Record<SectionKey, number>> = {
  culture: 9,
  heritage: 8,
  visit: 8,
  invest: 7,
  cooperation: 7,
  news: 4,
  documents: 3,
};
const MINIMUM_TOTAL = 45;
const MINIMUM_WORDS = 250;

/** Words of the page's own text: the indexed <main> minus page details and tables of structured data. */
function wordsOf(page: ReturnType<typeof builtPages>[number]): number {
  const prose = page.doc.querySelector('main .prose');
  return (prose?.textContent ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

describe('content coverage (issue: real bilingual content)', () => {
  const topics = builtPages().filter((p) =>
    p.doc.querySelector('main[data-pagefind-body] article.topic'),
  );
  const sectionOf = (path: string) =>
    (Object.keys(SECTIONS) as SectionKey[]).find((key) =>
      LOCALE_CODES.some((l) => path.startsWith(`/${l}/${SECTIONS[key].segment[l]}/`)),
    );

  it('has enough topics in every section, in both languages', () => {
    const table = Object.keys(MINIMUM_TOPICS).map((key) => {
      const row: Record<string, string | number> = { section: key };
      for (const locale of LOCALE_CODES)
        row[locale] = topics.filter(
          (p) => p.path.startsWith(`/${locale}/`) && sectionOf(p.path) === key,
        ).length;
      return row;
    });
    console.table(table);
    for (const row of table) {
      for (const locale of LOCALE_CODES)
        expect(row[locale], `${row.section} (${locale})`).toBeGreaterThanOrEqual(
          MINIMUM_TOPICS[row.section as SectionKey]!,
        );
    }
    for (const locale of LOCALE_CODES) {
      const inSections = topics.filter(
        (p) => p.path.startsWith(`/${locale}/`) && sectionOf(p.path),
      );
      expect(inSections.length, `topics in sections (${locale})`).toBeGreaterThanOrEqual(
        MINIMUM_TOTAL,
      );
    }
  });

  it(`gives every content page at least ${MINIMUM_WORDS} words`, () => {
    const counts = topics.map((p) => ({ path: p.path, words: wordsOf(p) }));
    const bySection = new Map<string, number[]>();
    for (const { path, words } of counts) {
      const key = `${sectionOf(path) ?? 'pages'} (${path.split('/')[1]})`;
      bySection.set(key, [...(bySection.get(key) ?? []), words]);
    }
    console.table(
      [...bySection].map(([section, words]) => ({
        section,
        pages: words.length,
        min: Math.min(...words),
        median: words.sort((a, b) => a - b)[Math.floor(words.length / 2)],
        total: words.reduce((a, b) => a + b, 0),
      })),
    );
    expect(counts.filter((c) => c.words < MINIMUM_WORDS)).toEqual([]);
  });

  it('lists its sources on every content page', () => {
    for (const page of topics) {
      expect(
        page.doc.querySelectorAll('.page-details__sources li').length,
        page.path,
      ).toBeGreaterThan(0);
    }
  });

  it('stores Vietnamese text in NFC, so search and sorting treat letters alike', () => {
    for (const page of builtPages())
      expect(page.html === page.html.normalize('NFC'), page.path).toBe(true);
  });
});
