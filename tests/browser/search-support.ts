import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales';
import { generalPagePath, sectionPath, topicPath, withBase } from '../../src/lib/routes/paths';
import { isCollectionSection } from '../../src/lib/routes/sections';
import { BASE_PATH } from '../../src/site.config';

/** The deployment base the site was built with (src/site.config.ts), as the static server must mirror it. */
export const BASE = BASE_PATH;

/**
 * The address of a topic from its content folder ("heritage/pha-din-pass"),
 * read from the MDX slug, so the tests follow editors' slug changes.
 */
export function topicHref(topic: string, locale: Locale): string {
  const [collection, folder] = topic.split('/') as [string, string];
  const file = join(process.cwd(), 'content', collection, folder, `index.${locale}.mdx`);
  const slug = /^slug:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
  if (!slug)
    throw new Error(`${file} has no slug: the search tests cannot tell where the page is.`);
  const path = isCollectionSection(collection)
    ? topicPath(locale, collection, slug)
    : generalPagePath(locale, slug);
  return withBase(path, BASE);
}

export function searchPageHref(locale: Locale, query?: string): string {
  const path = withBase(sectionPath(locale, 'search'), BASE);
  return query === undefined ? path : `${path}?${new URLSearchParams({ q: query })}`;
}

/** Wait until the search in `scope` ("page" or "dialog") has rendered results for `query`. */
export async function waitForResults(
  page: Page,
  scope: 'page' | 'dialog',
  query: string,
): Promise<void> {
  const root =
    scope === 'page' ? '[data-search-page] [data-search]' : '[data-search-dialog] [data-search]';
  await page.waitForFunction(
    ([selector, q]) => {
      const el = document.querySelector<HTMLElement>(selector!);
      if (el?.dataset.state === 'error')
        throw new Error(`search failed: ${el.querySelector('[data-search-status]')?.textContent}`);
      return el?.dataset.state === 'done' && el.dataset.query === q;
    },
    [root, query.trim()],
    { timeout: 20_000 },
  );
}

/** Result links in order, as the page shows them. */
export async function resultHrefs(page: Page, scope: 'page' | 'dialog'): Promise<string[]> {
  const root = scope === 'page' ? '[data-search-page]' : '[data-search-dialog]';
  return page.$$eval(
    `${root} [data-search-results] li h2 a, ${root} [data-search-results] li h3 a`,
    (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}
