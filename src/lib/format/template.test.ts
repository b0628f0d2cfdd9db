import { describe, expect, it } from 'vitest';
import { fill, plural } from './template';

describe('messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{{count}} results for “{{query}}”', { count: 3, query: 'moc chau' })).toBe(
      '3 results for “moc chau”',
    );
    expect(fill('{{missing}}', {})).toBe('{{missing}}');
    expect(fill('{{a}} and {{ b }}', { a: 1, b: 2 })).toBe('1 and 2');
  });
  it('chooses English plurals and Vietnamese invariant forms', () => {
    const forms = { one: 'one', other: 'other' };
    expect(plural(forms, 1, 'en')).toBe('one');
    expect(plural(forms, 2, 'en')).toBe('other');
    expect(plural(forms, 0, 'en')).toBe('other');
    expect(plural(forms, 1, 'vi')).toBe('other');
  });
});
