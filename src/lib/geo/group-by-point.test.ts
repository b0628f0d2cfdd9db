import { describe, expect, it } from 'vitest';
import { groupByPoint, mergeCloseGroups, pointKey } from './group-by-point';

describe('groupByPoint', () => {
  it('merges places at exactly the same point and keeps others apart', () => {
    const items = [
      { name: 'Lao Khô', lat: 21.045, lon: 104.30667 },
      { name: 'Nà Sản', lat: 21.21472, lon: 104.03528 },
      { name: 'Chi Đảy', lat: 21.045, lon: 104.30667 },
      { name: 'Near Yên Châu', lat: 21.0451, lon: 104.30667 },
    ];
    const groups = groupByPoint(items);
    expect(groups.map((g) => g.items.map((i) => i.name))).toEqual([
      ['Lao Khô', 'Chi Đảy'],
      ['Nà Sản'],
      ['Near Yên Châu'],
    ]);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(items.length);
  });

  it('treats differences below 1e-6° as the same point', () => {
    expect(pointKey(21.0450000001, 104.30667)).toBe(pointKey(21.045, 104.30667));
  });

  it('returns no groups for no items', () => {
    expect(groupByPoint([])).toEqual([]);
  });
});

describe('mergeCloseGroups', () => {
  // A flat projection: 100 px per degree, y downwards.
  const project = (lat: number, lon: number) => ({ x: lon * 100, y: -lat * 100 });
  const groups = groupByPoint([
    { lat: 21.0, lon: 104.0, name: 'a' },
    { lat: 21.0, lon: 104.0, name: 'b' },
    { lat: 21.1, lon: 104.1, name: 'c' }, // 14 px from a/b
    { lat: 21.5, lon: 104.5, name: 'd' }, // far
  ]);

  it('merges points closer than the minimum spacing and keeps far ones apart', () => {
    const clusters = mergeCloseGroups(groups, project, 24);
    expect(clusters.map((c) => c.items.map((i) => i.name))).toEqual([['a', 'b', 'c'], ['d']]);
    expect(clusters[0]!.groups).toHaveLength(2);
    expect(clusters[0]!.lat).toBeCloseTo(21.05);
    expect(clusters[0]!.lon).toBeCloseTo(104.05);
    expect(clusters[1]).toMatchObject({ lat: 21.5, lon: 104.5 });
  });

  it('splits again when zoomed in (a larger projection)', () => {
    const zoomed = (lat: number, lon: number) => ({ x: lon * 1000, y: -lat * 1000 });
    expect(mergeCloseGroups(groups, zoomed, 24)).toHaveLength(3);
  });

  it('keeps every item exactly once', () => {
    const items = mergeCloseGroups(groups, project, 1000).flatMap((c) =>
      c.items.map((i) => i.name),
    );
    expect(items.sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
