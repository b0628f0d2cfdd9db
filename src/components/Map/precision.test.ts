import { describe, expect, it } from 'vitest';
import { placeZoom, uncertaintyRadiusMetres } from './precision';

describe('precision helpers', () => {
  it('draws no circle for a site and wider ones for coarser points', () => {
    expect(uncertaintyRadiusMetres('site')).toBe(0);
    expect(uncertaintyRadiusMetres('district')).toBeGreaterThan(uncertaintyRadiusMetres('commune'));
    expect(placeZoom('site')).toBeGreaterThan(placeZoom('district'));
  });
});
