import { describe, expect, it } from 'vitest';
import { runSearch, wordPairs, type PagefindApi, type PagefindResult } from './engine';

/**
 * A stand-in for pagefind.js over a tiny "index" (page id → text) that behaves
 * like Pagefind 1.6 where it matters: tone marks folded but not đ, an OR with
 * prefix matching for ordinary queries, whole adjacent words for quoted ones.
 */
function fakePagefind(
  pages: Record<string, string>,
): PagefindApi & { calls: { term: string; options: unknown }[] } {
  const fold = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.,]/g, '');
  const calls: { term: string; options: unknown }[] = [];
  return {
    calls,
    options: async () => {},
    init: async () => {},
    async search(term, options) {
      calls.push({ term, options });
      const exact = /^".+"$/.test(term);
      const words = fold(term.replace(/"/g, '')).split(' ');
      const results: PagefindResult[] = [];
      for (const [id, text] of Object.entries(pages)) {
        const body = fold(text).split(/\s+/);
        const hit = exact
          ? body.some((_, i) => words.every((w, j) => body[i + j] === w))
          : words.some((w) => body.some((b) => b.startsWith(w)));
        const score = words.filter((w) => body.includes(w)).length + 0.5;
        if (hit)
          results.push({
            id,
            score: exact ? 1 : score,
            data: async () => ({ url: `/${id}/`, excerpt: text, meta: {}, filters: {} }),
          });
      }
      return { results };
    },
  };
}

describe('wordPairs', () => {
  it('lists adjacent pairs from three words up', () => {
    expect(wordPairs('lao kho relic')).toEqual(['lao kho', 'kho relic']);
    expect(wordPairs('moc chau')).toEqual([]);
    expect(wordPairs('a b c d e f g')).toEqual([]);
  });
});

describe('runSearch', () => {
  const pages = {
    pass: 'Đèo Pha Đin nối Sơn La với Điện Biên',
    tea: 'Pha trà ở dinh thự cũ',
    dam: 'Thủy điện Sơn La',
    apart: 'Sơn mài. La Sơn. Sông La.',
  };

  it('finds đ through d and ranks the phrase first', async () => {
    const outcome = await runSearch(fakePagefind(pages), { query: 'pha din' });
    expect(outcome.readings).toEqual(['pha din', 'pha đin']);
    expect(outcome.results[0]!.id).toBe('pass');
    expect(outcome.results.map((r) => r.id)).toContain('tea');
  });

  it('ranks "son la" as a name, above a page with the words apart', async () => {
    const outcome = await runSearch(fakePagefind(pages), { query: 'son la' });
    expect(outcome.results.map((r) => r.id).indexOf('apart')).toBe(outcome.results.length - 1);
  });

  it('runs ordinary and exact searches per reading, once each, with the section filter', async () => {
    const pf = fakePagefind(pages);
    const outcome = await runSearch(pf, { query: 'Dien Bien', sections: ['Heritage'] });
    expect(pf.calls.map((c) => c.term).sort()).toEqual(
      ['"dien bien"', '"đien bien"', 'dien bien', 'đien bien'].sort(),
    );
    expect(pf.calls[0]!.options).toEqual({ filters: { section: { any: ['Heritage'] } } });
    expect(outcome.searches).toBe(4);
  });

  it('shares pair searches between readings', async () => {
    const pf = fakePagefind(pages);
    await runSearch(pf, { query: 'pha din son' });
    const terms = pf.calls.map((c) => c.term);
    expect(terms.filter((t) => t === '"din son"')).toHaveLength(1);
    expect(terms).toContain('"pha đin"');
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('keeps a quoted query exact', async () => {
    const outcome = await runSearch(fakePagefind(pages), { query: '"son la"' });
    expect(outcome.results.map((r) => r.id).sort()).toEqual(['dam', 'pass']);
  });

  it('falls back to pages with some of the words when none has them all', async () => {
    const strict: PagefindApi = {
      ...fakePagefind(pages),
      async search(term, options) {
        const all = (await fakePagefind(pages).search(term, options))!.results;
        // Like Pagefind: every known word is required.
        return {
          results:
            term.includes(' ') && !term.startsWith('"')
              ? all.filter((r) => r.score > term.split(' ').length)
              : all,
        };
      },
    };
    const outcome = await runSearch(strict, { query: 'thủy trà' });
    expect(outcome.results.map((r) => r.id).sort()).toEqual(['dam', 'tea']);
  });

  it('does not search for an empty query', async () => {
    const pf = fakePagefind(pages);
    expect((await runSearch(pf, { query: '  ' })).results).toEqual([]);
    expect(pf.calls).toHaveLength(0);
  });
});
