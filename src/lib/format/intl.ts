import { LOCALES, type Locale } from '../../i18n/locales';

/**
 * Dates, numbers and A–Z order through `Intl`, keyed by the locale table.
 * Vietnamese uses day-month-year (`26/11/2026` or `26 tháng 11 năm 2026`), English `26 November 2026`.
 */
/**
 * One formatter per (locale, options): building an `Intl` formatter costs far
 * more than using one (2.4 s of a 5,000-page build went to `new DateTimeFormat`).
 */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const collators = new Map<string, Intl.Collator>();

export function formatDate(date: Date, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const format = cached(
    dateFormats,
    `${locale}|${style}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[locale].intl, {
        dateStyle: style === 'long' ? 'long' : 'short',
        // Content dates are calendar days; UTC keeps them from shifting a day in other time zones.
        timeZone: 'UTC',
      }),
  );
  return style === 'long'
    ? longDateText(format.formatToParts(date), LOCALES[locale].yearWord)
    : format.format(date);
}

/**
 * A long date from its `Intl` parts, with the language's word before the year
 * (the locale table's `yearWord`) in place of ICU's comma. Pure and free of the
 * locale table, so the print script can use it in the browser.
 */
export function longDateText(
  parts: readonly Intl.DateTimeFormatPart[],
  yearWord: string | null,
): string {
  return parts
    .map((part, i) =>
      yearWord && part.type === 'literal' && parts[i + 1]?.type === 'year'
        ? ` ${yearWord} `
        : part.value,
    )
    .join('');
}

/** ISO `YYYY-MM-DD`, for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatNumber(
  value: number,
  locale: Locale,
  options?: Intl.NumberFormatOptions,
): string {
  return cached(
    numberFormats,
    `${locale}|${JSON.stringify(options ?? {})}`,
    () => new Intl.NumberFormat(LOCALES[locale].intl, options),
  ).format(value);
}

/** A collator that orders Vietnamese letters correctly (Đ after D, Ơ after O, tones after the base letter). */
export function collatorFor(locale: Locale): Intl.Collator {
  return cached(
    collators,
    locale,
    () => new Intl.Collator(LOCALES[locale].intl, { sensitivity: 'base', numeric: true }),
  );
}

/** Sort items A–Z by a text key in the reader's language, without mutating the input. */
export function sortByText<T>(items: readonly T[], key: (item: T) => string, locale: Locale): T[] {
  const collator = collatorFor(locale);
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

/** News reads newest first: by `published`, entries without one last. */
export function newestFirst<T extends { data: object }>(items: readonly T[]): T[] {
  const published = (item: T) =>
    'published' in item.data && item.data.published instanceof Date ? +item.data.published : 0;
  return [...items].sort((a, b) => published(b) - published(a));
}
