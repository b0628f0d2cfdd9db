import { describe, expect, it } from 'vitest';
import { CharacterCollector, FONT_FLOOR, subsetText, VIETNAMESE_LETTERS } from './characters';

const PRINTABLE = ' abcdefghijklmnopqrstuvwxyz';

describe('characters the font must draw', () => {
  it('covers every Vietnamese vowel with every tone, their capitals, đ and Đ', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(12 * 6 + 12 + 2);
    for (const word of ['Đèo', 'Pha', 'Đin', 'Mộc', 'Châu', 'Sơn', 'La', 'ỷ', 'Ư', 'ặ', 'Ơ'])
      for (const char of word.normalize('NFC'))
        expect(FONT_FLOOR, `${char} in the floor`).toContain(char);
    expect([...VIETNAMESE_LETTERS].every((c) => c.normalize('NFC') === c)).toBe(true);
  });

  it('reads the non-ASCII characters of a page, entities decoded', () => {
    const collector = new CharacterCollector().add(
      '<p title="Lào–Việt">Sơn La &mdash; &#8220;xòe&#x201D; &amp; 5&nbsp;km ₫ ₫</p>',
    );
    const beyondFloor = [...collector.found].filter((c) => !FONT_FLOOR.includes(c));
    expect(beyondFloor).toEqual(['₫']);
    expect(collector.missingFrom(PRINTABLE)).toEqual(expect.arrayContaining(['à', '—', '“', '₫']));
    expect(collector.missingFrom(FONT_FLOOR + '₫')).toEqual([]);
  });

  it('sorts by code point, adds the floor and drops characters nobody draws', () => {
    const text = subsetText(['\n', '\u200b', '€', 'Ω']);
    expect(text).toContain('€');
    expect(text).toContain('Ω');
    expect(text).not.toMatch(/[\n\u200b]/);
    expect(text.startsWith(' !"#')).toBe(true);
    const points = [...text].map((c) => c.codePointAt(0)!);
    expect(points).toEqual([...points].sort((a, b) => a - b));
  });
});
