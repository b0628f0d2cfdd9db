import { describe, expect, it } from 'vitest';
import { isInsideSonLa, provinceBounds } from './inside-province';

describe('inside Sơn La', () => {
  it('accepts the capital, the dam and the former district seats', () => {
    expect(isInsideSonLa(21.327, 103.9141)).toBe(true); // Sơn La city
    expect(isInsideSonLa(21.49639, 103.995)).toBe(true); // Sơn La dam
    expect(isInsideSonLa(20.922, 104.752)).toBe(true); // Mộc Châu
    expect(isInsideSonLa(20.879444, 103.510556)).toBe(true); // Sốp Cộp
  });

  it('rejects Hà Nội, Luang Prabang and swapped coordinates', () => {
    expect(isInsideSonLa(21.0285, 105.8542)).toBe(false);
    expect(isInsideSonLa(19.883333, 102.133333)).toBe(false);
    expect(isInsideSonLa(103.9141, 21.327)).toBe(false);
  });

  it('has the bounding box of the outline', () => {
    const [[south, west], [north, east]] = provinceBounds();
    expect(south).toBeCloseTo(20.565, 2);
    expect(north).toBeCloseTo(22.016, 2);
    expect(west).toBeCloseTo(103.212, 2);
    expect(east).toBeCloseTo(105.071, 2);
  });
});
