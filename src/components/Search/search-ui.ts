import { runSearch, type PagefindApi, type PagefindResult } from '../../lib/search/engine';
import type { RankedResult } from '../../lib/search/rank';
import { excerptParts } from '../../lib/search/excerpt';
import { fill, plural } from '../../lib/format/template';
import { loadPagefind } from './load-pagefind';

/** Results rendered per batch; "Show more" renders the next batch. */
const PAGE_SIZE = 10;
/** Wait for a pause in typing: each query runs several Pagefind searches (per đ-reading and word pair: engine.ts). */
const DEBOUNCE_MS = 180;

export interface SearchController {
  input: HTMLInputElement;
  /** Run a query now (not debounced), e.g. from a shared URL. */
  run(query: string): Promise<void>;
  selectedSections(): string[];
}

export interface MountOptions {
  /** Called after each completed search, e.g. to write the query into the address. */
  onSearched?: (query: string, sections: string[]) => void;
}

function required<T extends Element>(root: Element, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el)
    throw new Error(
      `Search: ${selector} is missing inside [data-search]; Search.astro and search-ui.ts are out of step.`,
    );
  return el;
}

/**
 * Attach search behaviour to a rendered Search.astro. Pagefind loads on the
 * first call; the root's data-state ("loading", "searching", "done", "error")
 * and the `search:done` event let tests and the benchmark wait for results.
 */
export function mountSearch(root: HTMLElement, options: MountOptions = {}): SearchController {
  const input = required<HTMLInputElement>(root, '[data-search-input]');
  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');
  const allLink = root.querySelector<HTMLAnchorElement>('[data-search-all]');
  const filters = [...root.querySelectorAll<HTMLInputElement>('[data-search-filter]')];
  const msg = root.dataset;
  const lang = msg.lang ?? document.documentElement.lang;
  const heading = msg.heading === 'h2' ? 'h2' : 'h3';

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown: RankedResult<PagefindResult>[] = [];
  let rendered = 0;

  const selectedSections = () => filters.filter((f) => f.checked).map((f) => f.value);

  function setStatus(text: string) {
    status.textContent = text;
  }

  async function renderItem(ranked: RankedResult<PagefindResult>): Promise<HTMLLIElement> {
    const data = await ranked.result.data();
    const li = document.createElement('li');
    li.className = 'search-result';
    const h = document.createElement(heading);
    const a = document.createElement('a');
    a.href = data.url;
    a.textContent = data.meta.title ?? data.url;
    h.append(a);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    for (const part of excerptParts(data.excerpt)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    li.append(h, excerpt);
    const section = data.filters.section?.[0];
    if (section) {
      const p = document.createElement('p');
      p.className = 'search-result__section';
      p.textContent = section;
      li.append(p);
    }
    return li;
  }

  async function renderNext(mine: number): Promise<HTMLLIElement[]> {
    const batch = shown.slice(rendered, rendered + PAGE_SIZE);
    const items = await Promise.all(batch.map(renderItem));
    if (mine !== sequence) return [];
    list.append(...items);
    rendered += batch.length;
    more.hidden = rendered >= shown.length;
    return items;
  }

  async function run(raw: string): Promise<void> {
    const mine = ++sequence;
    const query = raw.trim();
    const sections = selectedSections();
    if (allLink) allLink.search = query ? `?${new URLSearchParams({ q: query })}` : '';
    if (!query) {
      list.replaceChildren();
      more.hidden = true;
      setStatus('');
      root.dataset.state = 'idle';
      options.onSearched?.('', sections);
      return;
    }
    const started = performance.now();
    let pagefind: PagefindApi;
    try {
      if (root.dataset.state !== 'done' && root.dataset.state !== 'searching') {
        root.dataset.state = 'loading';
        setStatus(msg.msgLoading ?? '');
      }
      pagefind = await loadPagefind();
      root.dataset.state = 'searching';
      const outcome = await runSearch(pagefind, { query, sections });
      if (mine !== sequence) return;
      shown = outcome.results;
      rendered = 0;
      list.replaceChildren();
      await renderNext(mine);
      if (mine !== sequence) return;
      const count = shown.length;
      setStatus(
        count === 0
          ? fill(msg.msgNoResults ?? '', { query })
          : fill(
              plural({ one: msg.msgResultsOne, other: msg.msgResultsOther ?? '' }, count, lang),
              { count, query },
            ),
      );
      root.dataset.state = 'done';
      root.dataset.query = query;
      options.onSearched?.(query, sections);
      root.dispatchEvent(
        new CustomEvent('search:done', {
          bubbles: true,
          detail: { query, count, ms: performance.now() - started },
        }),
      );
    } catch (error) {
      if (mine !== sequence) return;
      console.error('Search failed:', error);
      root.dataset.state = 'error';
      setStatus(msg.msgError ?? '');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
    // Start loading Pagefind at the first keystroke, while the pause in typing is awaited.
    void loadPagefind().catch(() => {});
  });
  for (const filter of filters) filter.addEventListener('change', () => void run(input.value));
  more.addEventListener('click', async () => {
    const items = await renderNext(sequence);
    // Keyboard and screen-reader users continue at the first new result, not at the top.
    items[0]?.querySelector('a')?.focus();
  });
  form.addEventListener('submit', (event) => {
    // In the dialog, Enter opens the full search page (a normal GET with ?q=); on the page, search in place.
    if (root.dataset.mode === 'page') {
      event.preventDefault();
      clearTimeout(timer);
      void run(input.value);
    }
  });

  return { input, run, selectedSections };
}
