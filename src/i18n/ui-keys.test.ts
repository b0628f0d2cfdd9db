import { describe, expect, it } from 'vitest';
import vi from './ui/vi.json';
import en from './ui/en.json';
import { useTranslations } from './t';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe('UI strings', () => {
  it('has the same keys in Vietnamese and English', () => {
    const viKeys = keys(vi as Tree);
    const enKeys = keys(en as Tree);
    expect(
      enKeys.filter((k) => !viKeys.includes(k)),
      'keys only in en.json',
    ).toEqual([]);
    expect(
      viKeys.filter((k) => !enKeys.includes(k)),
      'keys only in vi.json',
    ).toEqual([]);
  });

  it('has no empty string and no untranslated copy of a long Vietnamese string', () => {
    const viFlat = new Map(
      keys(vi as Tree).map((k) => [
        k,
        k.split('.').reduce<unknown>((t, p) => (t as Tree)[p], vi) as string,
      ]),
    );
    for (const key of keys(en as Tree)) {
      const enValue = key.split('.').reduce<unknown>((t, p) => (t as Tree)[p], en) as string;
      expect(enValue.trim(), key).not.toBe('');
      expect(viFlat.get(key)!.trim(), key).not.toBe('');
      // Short labels may legitimately match (names, "Sơn La"); long sentences should not.
      if (enValue.length > 40)
        expect(enValue, `${key} is identical in both languages`).not.toBe(viFlat.get(key));
    }
  });

  it('is NFC-normalised, so Vietnamese letters compare and search correctly', () => {
    for (const tree of [vi, en]) {
      const text = JSON.stringify(tree);
      expect(text).toBe(text.normalize('NFC'));
    }
  });

  it('translates through i18next with plurals and interpolation', () => {
    const tvi = useTranslations('vi');
    const ten = useTranslations('en');
    expect(ten('page.topicsCount', { count: 1 })).toBe('1 topic');
    expect(ten('page.topicsCount', { count: 5 })).toBe('5 topics');
    expect(tvi('page.topicsCount', { count: 5 })).toBe('5 chủ đề');
    expect(ten('home.explore', { section: 'Heritage' })).toBe('Explore Heritage');
    expect(tvi('section.heritage')).toBe('Di tích');
  });
});
