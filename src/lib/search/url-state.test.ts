import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from './url-state';

describe('search state in the URL', () => {
  it('reads the query and sections', () => {
    expect(readSearchState('?q=moc+chau&section=Visit&section=Culture&section=Visit')).toEqual({
      query: 'moc chau',
      sections: ['Visit', 'Culture'],
    });
    expect(readSearchState('')).toEqual({ query: '', sections: [] });
  });
  it('round-trips Vietnamese text', () => {
    const state = { query: 'Đèo Pha Đin', sections: ['Di tích'] };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
  it('writes nothing for an empty state', () => {
    expect(writeSearchState({ query: '  ', sections: [] })).toBe('');
  });
});
