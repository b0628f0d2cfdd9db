import { readSearchState, writeSearchState } from '../../lib/search/url-state';
import { mountSearch } from './search-ui';

/**
 * The search page: restore `?q=` and `section=` from the address so shared
 * links show their results, and keep the address in step with what is searched.
 */
export function bootSearchPage(root: HTMLElement): void {
  const state = readSearchState(location.search);
  for (const box of root.querySelectorAll<HTMLInputElement>('[data-search-filter]')) {
    box.checked = state.sections.includes(box.value);
  }
  const search = mountSearch(root, {
    onSearched: (query, sections) => {
      const next = `${location.pathname}${writeSearchState({ query, sections })}`;
      if (next !== `${location.pathname}${location.search}`)
        history.replaceState(history.state, '', next);
    },
  });
  search.input.value = state.query;
  if (state.query) void search.run(state.query);
  else search.input.focus();
}
