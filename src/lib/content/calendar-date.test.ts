import { describe, expect, it } from 'vitest';
import { calendarDayOf, isCalendarDay } from './calendar-date';

describe('calendar dates', () => {
  it('accepts real days, year first, and refuses impossible ones', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-04-31')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('10/01/2026')).toBe(false);
    expect(isCalendarDay('2026-01-10T08:00:00Z')).toBe(true);
  });

  it('reads the day of a YAML date or of quoted text', () => {
    expect(calendarDayOf(new Date('2026-01-10'))).toBe('2026-01-10');
    expect(calendarDayOf(' 2026-01-10 ')).toBe('2026-01-10');
    expect(calendarDayOf(new Date(Number.NaN))).toBeUndefined();
    expect(calendarDayOf('2026-02-30')).toBeUndefined();
  });
});
