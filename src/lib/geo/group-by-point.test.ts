import { describe, expect, it } from 'vitest';
import { groupByPoint, pointKey } from './group-by-point';

describe('groupByPoint', () => {
  it('merges places at exactly the same point and keeps others apart', () => {
    const items = [
      { name: 'Lao Khô', lat: 21.045, lon: 104.30667 },
      { name: 'Nà Sản', lat: 21.21472, lon: 104.03528 },
      { name: 'Chi Đảy', lat: 21.045, lon: 104.30667 },
      { name: 'Near Yên Châu', lat: 21.0451, lon: 104.30667 },
    ];
    const groups = groupByPoint(items);
    expect(groups.map((g) => g.items.map((i) => i.name))).toEqual([['Lao Khô', 'Chi Đảy'], ['Nà Sản'], ['Near Yên Châu']]);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(items.length);
  });

  it('treats differences below 1e-6° as the same point', () => {
    expect(pointKey(21.0450000001, 104.30667)).toBe(pointKey(21.045, 104.30667));
  });

  it('returns no groups for no items', () => {
    expect(groupByPoint([])).toEqual([]);
  });
});
