/**
 * Merging the result lists of several Pagefind searches (one per reading of
 * the query, see fold.ts) into one ranking.
 *
 * Pagefind's own search is an OR with prefix matching: "pha din" also finds a
 * page that merely says "pha" and "dinh". Its exact search (a quoted query)
 * matches whole words, in order and adjacent, folding tone marks but not đ,
 * and scores every hit 1. So the exact searches tell us *which* pages hold the
 * phrase, and the ordinary searches tell us *how well* a page matches. Tiers:
 *
 *   3  the phrase as typed        "sơn la", "lao kho relic", "deo" as a whole word
 *   2  a đ-reading of the phrase  "pha din" → "pha đin"
 *   1  some of the words          Pagefind's ordinary match, any reading
 *
 * Within a tier the best ordinary Pagefind score wins (it already prefers
 * exact diacritics). Putting the literal phrase above the đ-readings keeps a
 * page that matches what was typed, marks and all, ahead of a guessed reading.
 */

export interface ScoredResult {
  id: string;
  score: number;
}

export interface SearchRun<R extends ScoredResult> {
  /** The query text handed to Pagefind (without quotes). */
  text: string;
  /** The query exactly as typed (only one run per kind is literal). */
  literal: boolean;
  /** Run as a quoted, exact phrase search. */
  phrase: boolean;
  results: readonly R[];
}

export const TIER = { literalPhrase: 3, variantPhrase: 2, words: 1 } as const;

export interface RankedResult<R extends ScoredResult> {
  id: string;
  tier: number;
  /** Best ordinary Pagefind score across readings (0 if only a phrase search found it). */
  score: number;
  /** The result whose excerpt to show: from the best-scoring ordinary run, so its marks fit the page. */
  result: R;
  /** Which reading of the query produced `result`. */
  text: string;
}

export function mergeRuns<R extends ScoredResult>(runs: readonly SearchRun<R>[]): RankedResult<R>[] {
  const byId = new Map<string, RankedResult<R> & { fromPhrase: boolean }>();
  for (const run of runs) {
    const tier = run.phrase ? (run.literal ? TIER.literalPhrase : TIER.variantPhrase) : TIER.words;
    for (const result of run.results) {
      const score = run.phrase ? 0 : result.score;
      const seen = byId.get(result.id);
      if (!seen) {
        byId.set(result.id, { id: result.id, tier, score, result, text: run.text, fromPhrase: run.phrase });
        continue;
      }
      seen.tier = Math.max(seen.tier, tier);
      // Prefer an ordinary result for display: its excerpt is centred on the best matches.
      if (!run.phrase && (seen.fromPhrase || score > seen.score)) {
        seen.score = score;
        seen.result = result;
        seen.text = run.text;
        seen.fromPhrase = false;
      }
    }
  }
  return [...byId.values()]
    .map(({ fromPhrase: _, ...ranked }) => ranked)
    .sort((a, b) => b.tier - a.tier || b.score - a.score || a.id.localeCompare(b.id));
}
