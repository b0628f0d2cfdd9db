import { readSearchState, writeSearchState } from '../../lib/search/url-state';
import { mountSearch } from './search-ui';

/**
 * The search page: show the form (hidden without JavaScript, which gets a
 * notice and the section indexes instead), restore `?q=` and `section=` from
 * the address so shared links show their results, and keep the address in
 * step with what is searched.
 */
export function bootSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  if (form) form.hidden = false;
  const state = readSearchState(location.search);
  for (const box of root.querySelectorAll<HTMLInputElement>('[data-search-filter]')) {
    box.checked = state.sections.includes(box.value);
  }
  const search = mountSearch(root, {
    onSearched: (query, sections) => {
      const next = `${location.pathname}${writeSearchState({ query, sections })}`;
      if (next !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', next);
    },
  });
  search.input.value = state.query;
  if (state.query) void search.run(state.query);
  else search.input.focus();
}
