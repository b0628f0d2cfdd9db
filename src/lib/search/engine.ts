import { asPhrase, expandQuery, unquote } from './fold';
import { mergeRuns, type RankedResult, type SearchRun } from './rank';

/**
 * The slice of Pagefind's browser API (`pagefind.js`) that search uses. Typed
 * here, not imported: the real module only exists in the built site.
 */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
  preload?(term: string, options?: { filters?: Record<string, unknown> }): Promise<void>;
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
  results: RankedResult<PagefindResult>[];
}

/**
 * Run one visitor query: every đ-reading (fold.ts), each as an ordinary and as
 * an exact-phrase search, merged and ranked (rank.ts). A query the visitor
 * quoted stays exact: only its phrase searches run.
 */
export async function runSearch(pagefind: PagefindApi, request: SearchRequest): Promise<SearchOutcome> {
  const { text, quoted } = unquote(request.query);
  const readings = expandQuery(text, { max: request.maxVariants ?? 8 });
  if (readings.length === 0) return { query: request.query, readings: [], results: [] };
  const filters = request.sections && request.sections.length > 0 ? { section: { any: [...request.sections] } } : {};

  const jobs: Promise<SearchRun<PagefindResult>>[] = [];
  for (const reading of readings) {
    for (const phrase of quoted ? [true] : [false, true]) {
      jobs.push(
        pagefind.search(phrase ? asPhrase(reading.text) : reading.text, { filters }).then((response) => ({
          text: reading.text,
          literal: reading.literal,
          phrase,
          results: response?.results ?? [],
        })),
      );
    }
  }
  const runs = await Promise.all(jobs);
  return { query: request.query, readings: readings.map((r) => r.text), results: mergeRuns(runs) };
}
