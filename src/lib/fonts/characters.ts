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

/**
 * The Vietnamese letters a visitor may type in the search box whatever the
 * pages say: every vowel with every tone in lower case, the vowels' upper case
 * (Ă Â Ê Ô Ơ Ư), đ and Đ — 86 letters, all precomposed (NFC). Capitals with a
 * tone mark come from the pages' own text when a page uses them.
 */
export const VIETNAMESE_LETTERS: string = [
  ...[...VOWELS].flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize('NFC'))),
  ...[...VOWELS].map((vowel) => vowel.toUpperCase()),
  'đ',
  'Đ',
].join('');

/** U+0020 (space) to U+007E (~). */
const PRINTABLE_ASCII: string = String.fromCharCode(
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
);

/**
 * What Markdown's typographer makes of plain ASCII in the sources (quotes,
 * dashes, ellipsis) and the no-break space: in no source file, on many pages.
 */
const TYPOGRAPHY = '\u00a0‘’“”–—…';

/** Characters the font always covers, whatever the pages say. */
export const FONT_FLOOR: string = PRINTABLE_ASCII + VIETNAMESE_LETTERS + TYPOGRAPHY;

/** Control and layout characters no font needs a glyph for (tabs, newlines, joiners, BOM). */
const NOT_DRAWN = /[\p{Cc}\u200B-\u200F\u2028\u2029\uFEFF]/u;

/**
 * Entities in markup (`&mdash;`, `&#8220;`): the characters they stand for are
 * drawn too. The ones Astro writes for ASCII (`&amp;`, `&#39;`…) are skipped.
 */
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#39|#x27);)(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;

const codePointClass = (chars: Iterable<string>) =>
  [...chars]
    .filter((c) => c.codePointAt(0)! > 0x7f)
    .map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
    .join('');

/**
 * Collects the characters of many documents (HTML, JSON, MDX) that a font
 * could have to draw: every non-ASCII character, entities decoded. Markup is
 * ASCII, so reading whole files over-counts nothing the floor lacks. Fast on
 * thousands of pages: a regular expression skips every character already
 * known, so a page costs one scan, and only new characters are handled one by one.
 */
export class CharacterCollector {
  readonly found = new Set<string>(FONT_FLOOR);
  private unknown = this.pattern();

  private pattern(): RegExp {
    return new RegExp(`[^\\x00-\\x7F${codePointClass(this.found)}]`, 'gu');
  }

  add(text: string): this {
    this.unknown.lastIndex = 0;
    for (let m = this.unknown.exec(text); m; m = this.unknown.exec(text)) {
      const at = this.unknown.lastIndex;
      this.found.add(m[0]);
      this.unknown = this.pattern();
      this.unknown.lastIndex = at;
    }
    for (const match of text.matchAll(ENTITY))
      for (const char of decodeHTML(match[0]))
        if (char.codePointAt(0)! > 0x7f) this.found.add(char);
    return this;
  }

  /** Characters found that `covered` lacks (what a font made from `covered` could not draw). */
  missingFrom(covered: string): string[] {
    const have = new Set(covered);
    return [...this.found].filter((c) => !have.has(c) && !NOT_DRAWN.test(c));
  }
}

/** The text to subset a font to: the floor plus `found`, sorted, without characters nobody draws. */
export function subsetText(found: Iterable<string>): string {
  const all = new Set<string>([...FONT_FLOOR]);
  for (const char of found) if (!NOT_DRAWN.test(char)) all.add(char);
  return [...all].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
