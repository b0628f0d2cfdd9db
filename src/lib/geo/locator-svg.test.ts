import { describe, expect, it } from 'vitest';
import { locatorMap } from './locator-svg';
import { provinceRings } from './inside-province';

describe('locatorMap', () => {
  it('puts a point inside the province inside the drawing, north up', () => {
    const city = locatorMap({ rings: provinceRings(), lat: 21.327, lon: 103.914, radiusMetres: 0 });
    const south = locatorMap({ rings: provinceRings(), lat: 20.8, lon: 103.914, radiusMetres: 0 });
    expect(city.x).toBeGreaterThan(0);
    expect(city.x).toBeLessThan(city.width);
    expect(city.y).toBeGreaterThan(0);
    expect(city.y).toBeLessThan(city.height);
    expect(south.y).toBeGreaterThan(city.y);
    expect(city.r).toBe(0);
    expect(city.outline).toMatch(/^M[\d. ]+(L[\d. ]+)+Z$/);
  });

  it('widens the frame for a partner place in Laos', () => {
    const inside = locatorMap({ rings: provinceRings(), lat: 21.327, lon: 103.914, radiusMetres: 0 });
    const laos = locatorMap({ rings: provinceRings(), lat: 19.883333, lon: 102.133333, radiusMetres: 4000 });
    expect(laos.height / laos.width).not.toBeCloseTo(inside.height / inside.width, 2);
    expect(laos.x).toBeGreaterThan(0);
    expect(laos.y).toBeLessThan(laos.height);
  });

  it('draws an uncertainty circle in proportion to the province', () => {
    const district = locatorMap({ rings: provinceRings(), lat: 21.045, lon: 104.30667, radiusMetres: 12_000 });
    // Sơn La is ~200 km wide: a 12 km radius is a few percent of the width.
    expect(district.r / district.width).toBeGreaterThan(0.02);
    expect(district.r / district.width).toBeLessThan(0.1);
  });

  it('explains a missing outline', () => {
    expect(() => locatorMap({ rings: [], lat: 21, lon: 104, radiusMetres: 0 })).toThrow(/at least one ring/);
  });
});
