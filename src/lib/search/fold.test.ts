import { describe, expect, it } from 'vitest';
import { asPhrase, expandQuery, normalizeQuery, unquote, wordVariants } from './fold';

describe('normalizeQuery', () => {
  it('lowercases, composes and collapses spaces', () => {
    expect(normalizeQuery('  Pha   ĐIN ')).toBe('pha đin');
    // "ô" typed as o + combining circumflex composes to one letter.
    expect(normalizeQuery('Kho\u0302')).toBe('khô');
  });
});

describe('wordVariants', () => {
  it('offers đ for a word starting with d', () => {
    expect(wordVariants('deo')).toEqual(['deo', 'đeo']);
    expect(wordVariants('dien')).toEqual(['dien', 'đien']);
  });
  it('reads Telex "dd" as đ', () => {
    expect(wordVariants('ddeo')).toEqual(['ddeo', 'đeo']);
  });
  it('leaves other words alone, including d inside a word (đ only starts a syllable)', () => {
    expect(wordVariants('pha')).toEqual(['pha']);
    expect(wordVariants('lad')).toEqual(['lad']);
    expect(wordVariants('đin')).toEqual(['đin']);
    expect(wordVariants('d')).toEqual(['d', 'đ']);
  });
});

describe('expandQuery', () => {
  it('keeps a query without d as the only, literal variant', () => {
    expect(expandQuery('Lao Kho relic')).toEqual([{ text: 'lao kho relic', literal: true }]);
  });
  it('puts the literal query first and the all-đ reading second', () => {
    expect(expandQuery('deo pha din').map((v) => v.text)).toEqual([
      'deo pha din',
      'đeo pha đin',
      'deo pha đin',
      'đeo pha din',
    ]);
    expect(expandQuery('deo pha din').filter((v) => v.literal)).toHaveLength(1);
  });
  it('caps the number of searches', () => {
    const many = expandQuery('da de di do du', { max: 8 });
    expect(many).toHaveLength(8);
    expect(many[0]).toEqual({ text: 'da de di do du', literal: true });
    expect(many[1]!.text).toBe('đa đe đi đo đu');
  });
  it('returns nothing for an empty query', () => {
    expect(expandQuery('   ')).toEqual([]);
  });
});

describe('phrases', () => {
  it('quotes a phrase for Pagefind exact search, dropping stray quotes', () => {
    expect(asPhrase('sơn la')).toBe('"sơn la"');
    expect(asPhrase('a "b')).toBe('"a b"');
  });
  it('recognises a query the visitor quoted', () => {
    expect(unquote('"moc chau"')).toEqual({ text: 'moc chau', quoted: true });
    expect(unquote('moc "chau')).toEqual({ text: 'moc  chau', quoted: false });
  });
});
