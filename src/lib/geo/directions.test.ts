import { describe, expect, it } from 'vitest';
import { directionsUrl } from './directions';

describe('directionsUrl', () => {
  it('points OpenStreetMap directions at the coordinates, lat first', () => {
    const url = new URL(directionsUrl(21.045, 104.30667));
    expect(url.origin).toBe('https://www.openstreetmap.org');
    expect(url.pathname).toBe('/directions');
    expect(url.searchParams.get('to')).toBe('21.045000,104.306670');
  });

  it('rejects coordinates that are not numbers', () => {
    expect(() => directionsUrl(Number.NaN, 104)).toThrow(/lat\/lon must be numbers/);
  });
});
