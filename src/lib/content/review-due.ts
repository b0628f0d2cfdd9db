import type { Locale } from '../../i18n/locales';
import type { ReviewInterval } from './schemas';

/**
 * When a page's facts must be checked again, and which of its sentences say
 * "as of". Pure: the caller reads the files and passes "today", so the
 * content check, `npm run review:due` and the tests agree on every date.
 */

/** Months between reviews; "never" pages (news, documents) record one date and are not reviewed again. */
const INTERVAL_MONTHS: Record<ReviewInterval, number | undefined> = {
  quarterly: 3,
  'half-yearly': 6,
  yearly: 12,
  'two-yearly': 24,
  never: undefined,
};

/** A review falling due within this many days is listed as "due soon". */
const DUE_SOON_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** `months` calendar months later; 31 August + 6 months is 28 (or 29) February, not 3 March. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

type ReviewStatus = 'up-to-date' | 'due-soon' | 'overdue' | 'no-review';

export interface ReviewState {
  reviewed: Date;
  every: ReviewInterval;
  /** The day the next review falls due; absent for "never". */
  due?: Date;
  status: ReviewStatus;
  /** Days past the due date (overdue) or left until it (due soon, up to date). */
  days?: number;
}

export function reviewState(
  reviewed: Date,
  every: ReviewInterval,
  today: Date,
  soonDays = DUE_SOON_DAYS,
): ReviewState {
  const months = INTERVAL_MONTHS[every];
  if (months === undefined) return { reviewed, every, status: 'no-review' };
  const due = addMonths(reviewed, months);
  const days = Math.round((due.getTime() - today.getTime()) / DAY_MS);
  if (days <= 0) return { reviewed, every, due, status: 'overdue', days: Math.abs(days) };
  return { reviewed, every, due, status: days <= soonDays ? 'due-soon' : 'up-to-date', days };
}

/**
 * Words that tie a fact to a moment ("as of 2025", "tính đến năm 2026"). Each
 * language's pattern is searched in its own files; both are searched in either,
 * since an English page may quote a Vietnamese title and the reverse.
 */
const DATED_MARKERS: Record<Locale, RegExp> = {
  en: /\bas (?:of|at)\b/i,
  vi: /\b(?:tính (?:đến|tới)|tại thời điểm)\b/iu,
};

export interface DatedStatement {
  /** 1-based line in the file, frontmatter included, as the content check counts. */
  line: number;
  /** The sentence holding the marker, without Markdown emphasis, at most ~220 characters. */
  text: string;
}

const MAX_STATEMENT = 220;

/** Sentences that hold an "as of" / "tính đến" marker, so facts that expire are easy to find. */
export function datedStatements(source: string): DatedStatement[] {
  const markers = Object.values(DATED_MARKERS);
  const found: DatedStatement[] = [];
  source.split('\n').forEach((raw, index) => {
    if (!markers.some((m) => m.test(raw))) return;
    const plain = raw
      .replace(/^\s*(?:[-*]|\d+\.|#+|\|)\s*/, '')
      .replace(/\*\*|__|\*|`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .trim();
    // A line may hold several sentences (or table cells); keep the one that carries the date.
    const sentences = plain.split(/(?<=[.!?;|])\s+/);
    for (const sentence of sentences) {
      if (!markers.some((m) => m.test(sentence))) continue;
      const text = sentence.replace(/\s*\|\s*$/, '').trim();
      // A table heading ("| As of |") dates nothing.
      if (markers.every((m) => text.replace(m, '').replace(/[|\s]/g, '').length < 8)) continue;
      found.push({
        line: index + 1,
        text: text.length > MAX_STATEMENT ? `${text.slice(0, MAX_STATEMENT - 1)}…` : text,
      });
    }
  });
  return found;
}

export interface ReviewedPage {
  file: string;
  locale: Locale;
  title: string;
  /** `reviewed`, or `updated` for a page that has no review date yet. */
  reviewed: Date;
  reviewedFromUpdated: boolean;
  every: ReviewInterval;
  source: string;
}

export interface ReviewReportEntry extends ReviewState {
  file: string;
  locale: Locale;
  title: string;
  reviewedFromUpdated: boolean;
  statements: DatedStatement[];
}

/** Every page with its review state, the most overdue first, then by due date, then by file. */
export function reviewReport(pages: readonly ReviewedPage[], today: Date): ReviewReportEntry[] {
  const rank: Record<ReviewStatus, number> = {
    overdue: 0,
    'due-soon': 1,
    'up-to-date': 2,
    'no-review': 3,
  };
  return pages
    .map((page) => ({
      ...reviewState(page.reviewed, page.every, today),
      file: page.file,
      locale: page.locale,
      title: page.title,
      reviewedFromUpdated: page.reviewedFromUpdated,
      statements: datedStatements(page.source),
    }))
    .sort(
      (a, b) =>
        rank[a.status] - rank[b.status] ||
        (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) ||
        a.file.localeCompare(b.file),
    );
}
