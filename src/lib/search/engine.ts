import { asPhrase, expandQuery, unquote } from './fold';
import { mergeAnyWord, mergeReadings, type RankedResult, type ReadingRuns } from './rank';

/**
 * The slice of Pagefind's browser API (`pagefind.js`) that search uses. Typed
 * here, not imported: the real module only exists in the built site.
 */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchRequest {
  query: string;
  /** Section filter values (labels in the page's language); empty = all sections. */
  sections?: readonly string[];
  maxVariants?: number;
}

export interface SearchOutcome {
  query: string;
  /** The readings of the query that were searched, the literal one first. */
  readings: string[];
  /** Distinct Pagefind searches run. */
  searches: number;
  results: RankedResult<PagefindResult>[];
}

/** Longer queries are sentences, not names: pair evidence would cost a search per pair per reading. */
const MAX_PAIR_WORDS = 6;

/** Adjacent word pairs, the phrase evidence for queries of three to MAX_PAIR_WORDS words. */
export function wordPairs(text: string): string[] {
  const words = text.split(' ');
  return words.length < 3 || words.length > MAX_PAIR_WORDS
    ? []
    : words.slice(1).map((word, i) => `${words[i]} ${word}`);
}

/**
 * Run one visitor query: for every đ-reading (fold.ts), an ordinary search and
 * exact searches for the whole reading and its word pairs, merged by rank.ts.
 * Identical searches (pairs shared between readings) run once. A query the
 * visitor put in quotes stays exact: only pages holding the phrase are kept.
 * When no page holds every word, pages with some of the words are offered.
 */
export async function runSearch(
  pagefind: PagefindApi,
  request: SearchRequest,
): Promise<SearchOutcome> {
  const { text, quoted } = unquote(request.query);
  const readings = expandQuery(text, { max: request.maxVariants ?? 8 });
  if (readings.length === 0)
    return { query: request.query, readings: [], searches: 0, results: [] };
  const filters =
    request.sections && request.sections.length > 0
      ? { section: { any: [...request.sections] } }
      : {};

  const cache = new Map<string, Promise<PagefindResult[]>>();
  const search = (term: string) => {
    if (!cache.has(term))
      cache.set(
        term,
        pagefind.search(term, { filters }).then((response) => response?.results ?? []),
      );
    return cache.get(term)!;
  };
  const ids = async (term: string) => (await search(term)).map((r) => r.id);

  const runs: ReadingRuns<PagefindResult>[] = await Promise.all(
    readings.map(async (reading) => {
      const [words, phrase, pairs] = await Promise.all([
        search(reading.text),
        ids(asPhrase(reading.text)),
        Promise.all(wordPairs(reading.text).map((pair) => ids(asPhrase(pair)))),
      ]);
      const kept = quoted ? words.filter((r) => phrase.includes(r.id)) : words;
      return { text: reading.text, literal: reading.literal, words: kept, phrase, pairs };
    }),
  );
  let results = mergeReadings(runs);
  const words = [...new Set(readings.flatMap((reading) => reading.text.split(' ')))];
  if (results.length === 0 && !quoted && words.length > 1) {
    results = mergeAnyWord(
      await Promise.all(words.map(async (word) => ({ text: word, results: await search(word) }))),
    );
  }
  return {
    query: request.query,
    readings: readings.map((r) => r.text),
    searches: cache.size,
    results,
  };
}
