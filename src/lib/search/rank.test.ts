import { describe, expect, it } from 'vitest';
import { mergeRuns, TIER, type SearchRun } from './rank';

const r = (id: string, score: number) => ({ id, score });
const run = (text: string, literal: boolean, phrase: boolean, results: { id: string; score: number }[]): SearchRun<{ id: string; score: number }> => ({
  text,
  literal,
  phrase,
  results,
});

describe('mergeRuns', () => {
  it('ranks a đ-reading phrase above a literal prefix match (the "pha din" case)', () => {
    const ranked = mergeRuns([
      // Literal: Pagefind matched "pha" and the prefix "dinh" on page b.
      run('pha din', true, false, [r('b', 2.6)]),
      run('pha din', true, true, []),
      run('pha đin', false, false, [r('a', 17.2)]),
      run('pha đin', false, true, [r('a', 1)]),
    ]);
    expect(ranked.map((x) => [x.id, x.tier])).toEqual([
      ['a', TIER.variantPhrase],
      ['b', TIER.words],
    ]);
    expect(ranked[0]!.text).toBe('pha đin');
  });

  it('puts the phrase as typed above a đ-reading of it', () => {
    const ranked = mergeRuns([
      run('dan toc', true, false, [r('literal', 3), r('variant', 9)]),
      run('dan toc', true, true, [r('literal', 1)]),
      run('đan toc', false, false, [r('variant', 9)]),
      run('đan toc', false, true, [r('variant', 1)]),
    ]);
    expect(ranked.map((x) => x.id)).toEqual(['literal', 'variant']);
  });

  it('orders by the best ordinary score within a tier, and keeps that result for display', () => {
    const first = { id: 'x', score: 2, tag: 'literal run' };
    const better = { id: 'x', score: 5, tag: 'variant run' };
    const ranked = mergeRuns([
      run('son la', true, false, [first, { id: 'y', score: 4, tag: '' }]),
      run('son la', true, true, [{ id: 'x', score: 1, tag: 'phrase' }, { id: 'y', score: 1, tag: 'phrase' }]),
      run('đon la', false, false, [better]),
    ]);
    expect(ranked.map((x) => [x.id, x.score])).toEqual([
      ['x', 5],
      ['y', 4],
    ]);
    expect(ranked[0]!.result.tag).toBe('variant run');
  });

  it('keeps a page found only by an exact search, with score 0', () => {
    const ranked = mergeRuns([run('a b', true, true, [r('only-phrase', 1)]), run('a b', true, false, [r('words', 3)])]);
    expect(ranked.map((x) => [x.id, x.tier, x.score])).toEqual([
      ['only-phrase', TIER.literalPhrase, 0],
      ['words', TIER.words, 3],
    ]);
  });

  it('returns each page once', () => {
    const ranked = mergeRuns([run('d', true, false, [r('p', 1)]), run('đ', false, false, [r('p', 2)])]);
    expect(ranked).toHaveLength(1);
  });
});
