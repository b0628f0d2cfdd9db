/**
 * One ranking from the several Pagefind searches run for a query (one set per
 * reading of its d's, see fold.ts).
 *
 * Pagefind's ordinary search wants every query word it knows (as a prefix:
 * "din" matches "dinh") and ignores words missing from the index, ranked by
 * BM25: good at "how well does this page match", blind to word order, so "moc
 * chau" also scores a page with "đồ mộc" here and "Thuận Châu" there. Its exact search
 * (a quoted query) matches whole words, in order and adjacent, folding tone
 * marks but not đ, and scores every hit 1. So exact searches say *whether* a
 * page holds the phrase, ordinary searches say *how well* it matches:
 *
 *   score = best ordinary score × (1 + PHRASE_BOOST × phrase coverage)
 *
 * Phrase coverage is 1 when the whole query occurs as a phrase (for one word:
 * as a whole word, so "din" beats the prefix match "dinh"), otherwise the share
 * of the query's adjacent word pairs that occur ("lao kho relic": a page with
 * "Lao Khô" but not "Khô relic" covers ½). A boost rather than a strict tier:
 * a page that matches every word strongly but never as a phrase (the Lao Khô
 * relic page for "lao kho relic") must not drop below passing mentions.
 *
 * Readings other than the query as typed count for a little less
 * (VARIANT_WEIGHT), so when the typed spelling and a đ-reading match equally,
 * the typed spelling — the exact diacritics — ranks first.
 */

export interface ScoredResult {
  id: string;
  score: number;
}

export interface ReadingRuns<R extends ScoredResult> {
  /** This reading of the query, as handed to Pagefind. */
  text: string;
  /** The query exactly as typed. */
  literal: boolean;
  /** Ordinary search results (BM25 scores). */
  words: readonly R[];
  /** Page ids of the exact search for the whole reading. */
  phrase: readonly string[];
  /** Page ids of the exact search for each adjacent word pair (empty below three words). */
  pairs: readonly (readonly string[])[];
}

export const PHRASE_BOOST = 2;
export const VARIANT_WEIGHT = 0.9;

export interface RankedResult<R extends ScoredResult> {
  id: string;
  /** Final ranking score. */
  score: number;
  /** Ordinary Pagefind score of the best reading (after VARIANT_WEIGHT). */
  match: number;
  /** Phrase coverage in [0, 1] of the best reading. */
  coverage: number;
  /** The result whose excerpt to show: from the best reading, so its marks fit the query. */
  result: R;
  /** Which reading produced `result`. */
  text: string;
}

/** Share of the reading found as a phrase on page `id`. */
export function phraseCoverage(
  reading: Pick<ReadingRuns<ScoredResult>, 'phrase' | 'pairs'>,
  id: string,
): number {
  if (reading.phrase.includes(id)) return 1;
  if (reading.pairs.length === 0) return 0;
  return reading.pairs.filter((ids) => ids.includes(id)).length / reading.pairs.length;
}

/**
 * Each reading is scored as a whole (its own match and its own phrase
 * coverage) and a page keeps its best reading: readings are alternative
 * interpretations of the query, not evidence to add up.
 */
export function mergeReadings<R extends ScoredResult>(
  readings: readonly ReadingRuns<R>[],
): RankedResult<R>[] {
  const byId = new Map<string, RankedResult<R>>();
  for (const reading of readings) {
    const weight = reading.literal ? 1 : VARIANT_WEIGHT;
    for (const result of reading.words) {
      const match = result.score * weight;
      const coverage = phraseCoverage(reading, result.id);
      const score = match * (1 + PHRASE_BOOST * coverage);
      const seen = byId.get(result.id);
      if (!seen || score > seen.score)
        byId.set(result.id, { id: result.id, score, match, coverage, result, text: reading.text });
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * The fallback when no page holds every word (Pagefind ANDs the words it
 * knows, so "the plateau of Moc Chau" on the Vietnamese index finds nothing:
 * "the" and "of" occur there in English source titles, never with "mộc").
 * Each word is searched alone; a page scores the sum of its words' scores, so
 * pages with more of the words come first.
 */
export function mergeAnyWord<R extends ScoredResult>(
  perWord: readonly { text: string; results: readonly R[] }[],
): RankedResult<R>[] {
  const byId = new Map<string, RankedResult<R>>();
  for (const { text, results } of perWord) {
    for (const result of results) {
      const seen = byId.get(result.id);
      if (!seen)
        byId.set(result.id, {
          id: result.id,
          score: result.score,
          match: result.score,
          coverage: 0,
          result,
          text,
        });
      else {
        seen.score += result.score;
        seen.match = seen.score;
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
