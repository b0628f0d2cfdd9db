import { describe, expect, it } from 'vitest';
import { placesDataPath } from './map-paths';
import { sectionPath } from '../routes/paths';

describe('placesDataPath', () => {
  it('puts each language’s file beside its map page', () => {
    expect(placesDataPath('vi')).toBe('/vi/ban-do/dia-diem.geojson');
    expect(placesDataPath('en')).toBe('/en/map/places.geojson');
    expect(placesDataPath('en').startsWith(sectionPath('en', 'map'))).toBe(true);
  });
});
