import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export interface IndexSummary {
  /** Pages indexed per language code, from Pagefind's own entry file. */
  pages: Record<string, number>;
  outputPath: string;
}

const fail = (what: string, errors: string[]) =>
  new SearchIndexError(`Pagefind could not ${what}:\n${errors.map((e) => `  ✗ ${e}`).join('\n')}`);

/**
 * Pagefind always writes its prebuilt UIs and highlighter; the site has its own
 * search UI (src/components/Search), so these ~390 KB would only be dead weight
 * on every deployment.
 */
const UNUSED_BUNDLE_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

async function pruneUnusedBundleFiles(outputPath: string): Promise<void> {
  const names = await readdir(outputPath);
  await Promise.all(
    names.filter((name) => UNUSED_BUNDLE_FILE.test(name)).map((name) => rm(join(outputPath, name))),
  );
}

/**
 * Smaller index chunks: a query downloads one chunk per word, so halving the
 * chunk quarters nothing else and saves ~20 KB per Vietnamese word on a first
 * search (measured: "deo pha din" 222 → 154 KB with 5,000 instead of the default
 * 20,000 "location units"; 2,500 saves 10 KB more but doubles the file count).
 * The setting is Pagefind's own, marked UNSTABLE: if a release drops it, the
 * index is still built, with the default chunks (the byte budget test would say so).
 */
const INDEX_CHUNK_SIZE = '5000';

/**
 * Index the built site in `siteDir` and write the bundle to `<siteDir>/pagefind/`.
 * Pagefind reads `<html lang>` and writes one index per language, and indexes
 * only `data-pagefind-body` (BaseLayout sets it on content pages' <main>).
 * Throws when Pagefind reports an error or when a site language ends up with
 * no searchable page, because a silently empty search is worse than a failed build.
 */
export async function buildSearchIndex(
  siteDir: string,
  expectedLanguages: readonly string[],
): Promise<IndexSummary> {
  try {
    // The Pagefind service is a child process: it reads the setting from the environment it inherits.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length > 0) throw fail('start', created.errors);
    const { index } = created;
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw fail(`index the HTML in ${siteDir}`, added.errors);
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw fail(`write ${outputPath}`, written.errors);
    await pruneUnusedBundleFiles(outputPath);

    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.fromEntries(
      Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]),
    );
    const missing = expectedLanguages.filter((lang) => !pages[lang]);
    if (missing.length > 0) {
      throw new SearchIndexError(
        `The search index has no page in ${missing.map((l) => `"${l}"`).join(', ')} (indexed: ${JSON.stringify(pages)}). ` +
          'Pagefind indexes only pages whose <main> carries data-pagefind-body (BaseLayout `searchable`) and files them by <html lang>: ' +
          'check that TopicView passes searchable={true} and that LOCALES[…].htmlLang matches the language codes.',
      );
    }
    return { pages, outputPath };
  } finally {
    // Pagefind runs a native binary as a service; leaving it open keeps `astro build` from exiting.
    await pagefind.close();
  }
}
