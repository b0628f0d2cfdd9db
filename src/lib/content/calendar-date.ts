/**
 * The one rule for a date in frontmatter: a real calendar day written
 * YYYY-MM-DD (year first: "10/01/2026" is 1 October to JavaScript and
 * 10 January to a Vietnamese reader). JavaScript and YAML both turn
 * "2026-02-30" into 2 March without a word; here it is no date at all.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2026-01-10" for a frontmatter date (a YAML date or quoted text), or undefined when it is none. */
export function calendarDayOf(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string' && isCalendarDay(value.trim())) return value.trim().slice(0, 10);
  return undefined;
}
