import { describe, expect, it } from 'vitest';
import { collatorFor, formatDate, formatNumber, isoDate, sortByText } from './intl';

describe('Intl formatting', () => {
  const date = new Date('2025-07-01T00:00:00Z');

  it('formats dates the Vietnamese and the British way', () => {
    expect(formatDate(date, 'vi')).toBe('1 tháng 7 năm 2025');
    expect(formatDate(date, 'en')).toBe('1 July 2025');
    expect(formatDate(date, 'vi', 'short')).toBe('1/7/25');
    expect(formatDate(date, 'en', 'short')).toBe('01/07/2025');
    expect(isoDate(date)).toBe('2025-07-01');
  });

  it('does not shift calendar dates across time zones', () => {
    expect(formatDate(new Date('2014-09-18'), 'en')).toBe('18 September 2014');
  });

  it('formats numbers with the right separators', () => {
    expect(formatNumber(14123.5, 'vi')).toBe('14.123,5');
    expect(formatNumber(14123.5, 'en')).toBe('14,123.5');
  });

  it('sorts Vietnamese A–Z: Đ after D, accented vowels after the base letter', () => {
    const names = [
      'Đèo Pha Đin',
      'Ẩm thực',
      'Bản Áng',
      'Du lịch',
      'Ăn uống',
      'An toàn',
      'Mộc Châu',
      'Mường La',
      'Ơ',
    ];
    expect(sortByText(names, (n) => n, 'vi')).toEqual([
      'An toàn',
      'Ăn uống',
      'Ẩm thực',
      'Bản Áng',
      'Du lịch',
      'Đèo Pha Đin',
      'Mộc Châu',
      'Mường La',
      'Ơ',
    ]);
  });

  it('differs from a naive sort, which puts Đ after Z', () => {
    const names = ['Đèo', 'Yên Châu', 'Dải Yếm'];
    expect([...names].sort()).toEqual(['Dải Yếm', 'Yên Châu', 'Đèo']);
    expect(sortByText(names, (n) => n, 'vi')).toEqual(['Dải Yếm', 'Đèo', 'Yên Châu']);
  });

  it('orders numbers naturally', () => {
    expect(collatorFor('en').compare('Activity 2', 'Activity 10')).toBeLessThan(0);
  });
});
