import { describe, expect, it } from 'vitest';
import { fill, plural } from './messages';

describe('messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{{count}} results for “{{query}}”', { count: 3, query: 'moc chau' })).toBe(
      '3 results for “moc chau”',
    );
    expect(fill('{{missing}}', {})).toBe('{{missing}}');
  });
  it('chooses English plurals and Vietnamese invariant forms', () => {
    const forms = { one: 'one', other: 'other' };
    expect(plural(forms, 1, 'en')).toBe('one');
    expect(plural(forms, 2, 'en')).toBe('other');
    expect(plural(forms, 0, 'en')).toBe('other');
    expect(plural(forms, 1, 'vi')).toBe('other');
  });
});
