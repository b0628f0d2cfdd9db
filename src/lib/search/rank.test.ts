import { describe, expect, it } from 'vitest';
import {
  mergeAnyWord,
  mergeReadings,
  phraseCoverage,
  PHRASE_BOOST,
  VARIANT_WEIGHT,
  type ReadingRuns,
} from './rank';

const r = (id: string, score: number) => ({ id, score });
type Result = { id: string; score: number; tag?: string };
function reading(
  text: string,
  literal: boolean,
  words: Result[],
  phrase: string[] = [],
  pairs: string[][] = [],
): ReadingRuns<Result> {
  return { text, literal, words, phrase, pairs };
}

describe('phraseCoverage', () => {
  it('is 1 for the whole phrase and the share of word pairs otherwise', () => {
    const runs = { phrase: ['full'], pairs: [['full', 'half'], ['full']] };
    expect(phraseCoverage(runs, 'full')).toBe(1);
    expect(phraseCoverage(runs, 'half')).toBe(0.5);
    expect(phraseCoverage(runs, 'none')).toBe(0);
    expect(phraseCoverage({ phrase: [], pairs: [] }, 'x')).toBe(0);
  });
});

describe('mergeReadings', () => {
  it('ranks the đ-reading phrase above a literal prefix match (the "pha din" case)', () => {
    const ranked = mergeReadings([
      // As typed: Pagefind matched "pha" and the prefix "dinh" on page "tea".
      reading('pha din', true, [r('tea', 2.6)]),
      reading('pha đin', false, [r('pass', 17.2), r('tea', 1)], ['pass']),
    ]);
    expect(ranked.map((x) => x.id)).toEqual(['pass', 'tea']);
    expect(ranked[0]!.text).toBe('pha đin');
    expect(ranked[0]!.score).toBeCloseTo(17.2 * VARIANT_WEIGHT * (1 + PHRASE_BOOST));
  });

  it('lifts a page holding the name as a phrase above one with the words apart', () => {
    const ranked = mergeReadings([
      reading('moc chau', true, [r('apart', 5), r('name', 3)], ['name']),
    ]);
    expect(ranked.map((x) => x.id)).toEqual(['name', 'apart']);
  });

  it('keeps a strong match without the phrase above weak mentions of the phrase', () => {
    const ranked = mergeReadings([
      reading(
        'lao kho relic',
        true,
        [r('relic-page', 27.9), r('news', 27.8), r('mention', 7.3)],
        ['news', 'mention'],
        [
          ['relic-page', 'news', 'mention'],
          ['news', 'mention'],
        ],
      ),
    ]);
    expect(ranked.map((x) => x.id)).toEqual(['news', 'relic-page', 'mention']);
  });

  it('ranks the spelling as typed first when a đ-reading matches equally', () => {
    const ranked = mergeReadings([
      reading('dan', true, [r('dân', 8)], ['dân']),
      reading('đan', false, [r('đan', 8)], ['đan']),
    ]);
    expect(ranked.map((x) => x.id)).toEqual(['dân', 'đan']);
  });

  it('returns each page once, showing the result of its best reading', () => {
    const first = { id: 'p', score: 1, tag: 'literal' };
    const better = { id: 'p', score: 4, tag: 'variant' };
    const ranked = mergeReadings([reading('d', true, [first]), reading('đ', false, [better])]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]!.result.tag).toBe('variant');
  });
});

describe('mergeAnyWord', () => {
  it('ranks pages by the summed scores of the words they hold', () => {
    const ranked = mergeAnyWord([
      { text: 'plateau', results: [r('en-only', 9)] },
      { text: 'moc', results: [r('both', 3), r('moc-only', 4)] },
      { text: 'chau', results: [r('both', 3)] },
    ]);
    expect(ranked.map((x) => [x.id, x.score])).toEqual([
      ['en-only', 9],
      ['both', 6],
      ['moc-only', 4],
    ]);
    expect(ranked[1]!.text).toBe('moc');
  });
});
