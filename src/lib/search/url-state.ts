/**
 * The search page's state in its address, so a search can be linked and
 * shared: `?q=moc+chau&section=Visit&section=Culture`.
 */
export interface SearchState {
  query: string;
  sections: string[];
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: (params.get('q') ?? '').trim(),
    sections: [...new Set(params.getAll('section').filter(Boolean))],
  };
}

/** The query string for a state, empty when there is nothing to share. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const section of state.sections) params.append('section', section);
  const text = params.toString();
  return text ? `?${text}` : '';
}
