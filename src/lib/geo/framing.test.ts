import { describe, expect, it } from 'vitest';
import { framingBounds } from './framing';
import { provinceBounds } from './inside-province';

describe('framingBounds', () => {
  it('is the province when every point is inside it', () => {
    expect(framingBounds(provinceBounds(), [{ lat: 21.3, lon: 103.9 }])).toEqual(provinceBounds());
  });

  it('stretches to take in partner places in Laos', () => {
    const [[south, west], [north, east]] = framingBounds(provinceBounds(), [
      { lat: 19.883333, lon: 102.133333 },
    ]);
    expect(south).toBe(19.883333);
    expect(west).toBe(102.133333);
    expect(north).toBe(provinceBounds()[1][0]);
    expect(east).toBe(provinceBounds()[1][1]);
  });
});
