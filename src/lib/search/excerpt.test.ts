import { describe, expect, it } from 'vitest';
import { excerptParts } from './excerpt';

describe('excerptParts', () => {
  it('splits marked words from plain text', () => {
    expect(excerptParts('Đèo <mark>Pha</mark> <mark>Đin</mark> nối')).toEqual([
      { text: 'Đèo ', mark: false },
      { text: 'Pha', mark: true },
      { text: ' ', mark: false },
      { text: 'Đin', mark: true },
      { text: ' nối', mark: false },
    ]);
  });
  it('decodes escaped text and drops any other tag, so nothing becomes markup', () => {
    expect(excerptParts('a &lt;b&gt; &amp; <img src=x onerror=alert(1)>c')).toEqual([
      { text: 'a <b> & c', mark: false },
    ]);
  });
  it('handles an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
