import { describe, expect, it } from 'vitest';
import { locatorMap } from './locator-svg';
import { provinceRings } from './inside-province';

const one = (
  rings: Parameters<typeof locatorMap>[0]['rings'],
  lat: number,
  lon: number,
  radiusMetres: number,
) => {
  const map = locatorMap({ rings, points: [{ lat, lon, radiusMetres }] });
  return { ...map, ...map.points[0]! };
};

describe('locatorMap', () => {
  it('puts a point inside the province inside the drawing, north up', () => {
    const city = one(provinceRings(), 21.327, 103.914, 0);
    const south = one(provinceRings(), 20.8, 103.914, 0);
    expect(city.x).toBeGreaterThan(0);
    expect(city.x).toBeLessThan(city.width);
    expect(city.y).toBeGreaterThan(0);
    expect(city.y).toBeLessThan(city.height);
    expect(south.y).toBeGreaterThan(city.y);
    expect(city.r).toBe(0);
    expect(city.outline).toMatch(/^M[\d. ]+(L[\d. ]+)+Z$/);
  });

  it('widens the frame for a partner place in Laos', () => {
    const inside = one(provinceRings(), 21.327, 103.914, 0);
    const laos = one(provinceRings(), 19.883333, 102.133333, 4000);
    expect(laos.height / laos.width).not.toBeCloseTo(inside.height / inside.width, 2);
    expect(laos.x).toBeGreaterThan(0);
    expect(laos.y).toBeLessThan(laos.height);
  });

  it('draws an uncertainty circle in proportion to the province', () => {
    const district = one(provinceRings(), 21.045, 104.30667, 12_000);
    // Sơn La is ~200 km wide: a 12 km radius is a few percent of the width.
    expect(district.r / district.width).toBeGreaterThan(0.02);
    expect(district.r / district.width).toBeLessThan(0.1);
  });

  it('frames several points at once, in input order', () => {
    const map = locatorMap({
      rings: provinceRings(),
      points: [
        { lat: 21.327, lon: 103.914, radiusMetres: 0 },
        { lat: 19.883333, lon: 102.133333, radiusMetres: 0 },
      ],
    });
    expect(map.points).toHaveLength(2);
    expect(map.points[1]!.x).toBeLessThan(map.points[0]!.x);
    expect(map.points[1]!.y).toBeGreaterThan(map.points[0]!.y);
  });

  it('explains a missing outline', () => {
    expect(() => one([], 21, 104, 0)).toThrow(/at least one ring/);
  });
});
