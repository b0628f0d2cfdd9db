import { decodeHTML } from 'entities';

/**
 * Which characters the site's font must draw. The font is subset to the
 * characters of the built pages (src/integrations/fonts.ts), plus a floor that
 * does not depend on today's content: printable ASCII and the whole Vietnamese
 * alphabet with every tone, because visitors type search queries in the font
 * too and a query may hold a letter no page uses yet.
 */

const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VOWELS = 'aăâeêioôơuưy';

/** Every Vietnamese letter, lower and upper case, precomposed (NFC): 134 vowels with tones, đ, Đ. */
export const VIETNAMESE_LETTERS: string = [
  ...[...VOWELS].flatMap((vowel) =>
    TONES.map((tone) => (vowel + tone).normalize('NFC')).flatMap((c) => [c, c.toUpperCase()]),
  ),
  'đ',
  'Đ',
].join('');

/** U+0020 (space) to U+007E (~). */
const PRINTABLE_ASCII: string = String.fromCharCode(
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
);

/** Characters the font always covers, whatever the pages say. */
export const FONT_FLOOR: string = PRINTABLE_ASCII + VIETNAMESE_LETTERS;

/** Control and layout characters no font needs a glyph for (tabs, newlines, joiners, BOM). */
const NOT_DRAWN = /[\p{Cc}\u200B-\u200F\u2028\u2029\uFEFF]/u;

/** Entities in markup (`&amp;`, `&#39;`, `&mdash;`): the characters they stand for are drawn too. */
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;

/**
 * Add to `into` the characters of an HTML (or JSON) document that a font
 * could have to draw: every non-ASCII character of the text, entities decoded.
 * Markup itself is ASCII, so reading the whole file over-counts nothing but
 * ASCII, which the floor includes anyway. Linear and allocation-light: it runs
 * over every built page.
 */
export function addDrawnCharacters(text: string, into: Set<string>): Set<string> {
  for (const match of text.matchAll(/[^\x00-\x7F]+/g)) for (const char of match[0]) into.add(char);
  for (const match of text.matchAll(ENTITY))
    for (const char of decodeHTML(match[0])) if (char.codePointAt(0)! > 0x7f) into.add(char);
  return into;
}

/** The text to subset a font to: the floor plus `found`, sorted, without characters nobody draws. */
export function subsetText(found: Iterable<string>): string {
  const all = new Set<string>([...FONT_FLOOR]);
  for (const char of found) if (!NOT_DRAWN.test(char)) all.add(char);
  return [...all].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
