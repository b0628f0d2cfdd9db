import { describe, expect, it } from 'vitest';
import { allowMapTiles, contentUsesMap, TILE_IMG_DIRECTIVE } from './csp';

describe('map CSP helpers', () => {
  it('adds the tile origin to img-src only', () => {
    const added: string[] = [];
    allowMapTiles({ csp: { insertDirective: (d) => added.push(d) } });
    expect(added).toEqual([TILE_IMG_DIRECTIVE]);
    expect(TILE_IMG_DIRECTIVE).toMatch(/^img-src https:\/\/\S+$/);
  });

  it('finds the map component in MDX, not similar words', () => {
    expect(
      contentUsesMap('Text\n\n<PlaceMapEmbed lat={21.3} lon={103.9} precision="site" title="X" />'),
    ).toBe(true);
    expect(contentUsesMap('<PlaceMap lat={21.3} lon={103.9} precision="city" label="X" />')).toBe(
      true,
    );
    expect(contentUsesMap('We have a PlaceMapEmbedded idea')).toBe(false);
    expect(contentUsesMap('<PlaceMapper />')).toBe(false);
    expect(contentUsesMap(undefined)).toBe(false);
  });
});
