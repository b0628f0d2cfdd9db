/**
 * Vietnamese-aware query handling for Pagefind.
 *
 * Pagefind 1.6 folds tone and vowel marks itself (it strips Unicode combining
 * marks after NFD), so "lao kho" already finds "Lao Khô". It cannot fold đ:
 * U+0111 has no decomposition, so "đèo" is indexed as "đeo" and the query
 * "deo" misses it. We fix that on the query side, never in the index, so the
 * excerpts Pagefind builds always show the page's real text.
 *
 * In Vietnamese spelling đ only ever starts a syllable, and a syllable is a
 * space-separated word, so a word may need a variant only when it starts with
 * "d". "dd" at the start is the Telex keystroke for đ (people type it on
 * keyboards without a Vietnamese layout), so it gets a đ variant too.
 */

/** Lowercase, NFC, single spaces: the form every other function expects. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** The spellings one query word may stand for, the word as typed first. */
export function wordVariants(word: string): string[] {
  if (word.startsWith('dd') && word.length > 2) return [word, `đ${word.slice(2)}`];
  if (word.startsWith('d')) return [word, `đ${word.slice(1)}`];
  return [word];
}

export interface QueryVariant {
  /** The text to hand to Pagefind. */
  text: string;
  /** True for the query exactly as the visitor typed it. */
  literal: boolean;
}

/**
 * Every way to read the d's of a query, the literal query first, then the
 * reading with every d as đ (the likeliest intent of someone without a
 * Vietnamese keyboard), then the mixed readings. Each d-word doubles the
 * count, so `max` caps the searches one keystroke can cost.
 */
export function expandQuery(query: string, { max = 8 } = {}): QueryVariant[] {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  let combos: string[][] = [[]];
  for (const word of words) {
    combos = combos.flatMap((prefix) => wordVariants(word).map((variant) => [...prefix, variant]));
  }
  const texts = combos.map((combo) => combo.join(' '));
  const literal = texts[0]!;
  const allD = texts[texts.length - 1]!;
  const ordered = [literal, allD, ...texts.slice(1, -1)];
  const unique = [...new Set(ordered)].slice(0, Math.max(1, max));
  return unique.map((text, i) => ({ text, literal: i === 0 }));
}

/** Pagefind runs an exact, whole-word, in-order search when the whole query is quoted. */
export function asPhrase(text: string): string {
  return `"${text.replace(/"/g, '')}"`;
}

/** A query the visitor quoted themselves: we keep their exact search and expand inside the quotes. */
export function unquote(query: string): { text: string; quoted: boolean } {
  const match = /^\s*"(.+)"\s*$/.exec(query);
  return match
    ? { text: match[1]!.replace(/"/g, ''), quoted: true }
    : { text: query.replace(/"/g, ' '), quoted: false };
}
