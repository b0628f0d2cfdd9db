import { LOCALE_CODES, type Locale } from '../../i18n/locales';
import type { ReviewReportEntry } from './review-due';

/**
 * The text of `npm run review:due`: per language, the pages whose review is
 * overdue or due soon, each with its "as of" sentences, then a count of the
 * rest. English and Vietnamese side by side, like every message editors read.
 */

const LANGUAGE: Record<Locale, string> = {
  vi: 'Vietnamese pages / Trang tiếng Việt',
  en: 'English pages / Trang tiếng Anh',
};

const iso = (date: Date) => date.toISOString().slice(0, 10);

export interface ReportOptions {
  today: Date;
  /** List the dated sentences of every page, not only of those due. */
  allStatements?: boolean;
}

function entryLines(entry: ReviewReportEntry, withStatements: boolean): string[] {
  const head =
    entry.status === 'overdue'
      ? `✗ overdue since ${iso(entry.due!)} (${entry.days} days) / quá hạn từ ${iso(entry.due!)} (${entry.days} ngày)`
      : entry.status === 'due-soon'
        ? `! due ${iso(entry.due!)} (in ${entry.days} days) / đến hạn ${iso(entry.due!)} (còn ${entry.days} ngày)`
        : entry.status === 'up-to-date'
          ? `✓ next review ${iso(entry.due!)} / lần kiểm tra tới ${iso(entry.due!)}`
          : `· not reviewed again / không cần kiểm tra lại`;
  const from = entry.reviewedFromUpdated
    ? ' (from "updated": no "reviewed" date yet / lấy theo "updated": chưa có "reviewed")'
    : '';
  const lines = [
    `  ${head}`,
    `    ${entry.file} — ${entry.title}`,
    `    last reviewed ${iso(entry.reviewed)}${from}, every: ${entry.every} / kiểm tra lần cuối ${iso(entry.reviewed)}, chu kỳ: ${entry.every}`,
  ];
  if (withStatements)
    for (const s of entry.statements) lines.push(`    line ${s.line} / dòng ${s.line}: ${s.text}`);
  return lines;
}

export function formatReviewReport(
  entries: readonly ReviewReportEntry[],
  { today, allStatements = false }: ReportOptions,
): string {
  const out = [`Reviews as of ${iso(today)} / Kiểm tra lại tính đến ${iso(today)}`];
  for (const locale of LOCALE_CODES) {
    const mine = entries.filter((e) => e.locale === locale);
    if (mine.length === 0) continue;
    const count = (status: ReviewReportEntry['status']) =>
      mine.filter((e) => e.status === status).length;
    out.push(
      '',
      `${LANGUAGE[locale]}: ${count('overdue')} overdue / quá hạn, ${count('due-soon')} due soon / sắp đến hạn, ${count('up-to-date')} up to date / còn hạn, ${count('no-review')} not reviewed again / không cần kiểm tra lại`,
    );
    const due = mine.filter((e) => e.status === 'overdue' || e.status === 'due-soon');
    for (const entry of due) out.push(...entryLines(entry, true));
    const rest = mine.filter((e) => !due.includes(e) && e.statements.length > 0);
    if (allStatements) {
      for (const entry of rest) out.push(...entryLines(entry, true));
    } else if (rest.length > 0) {
      const sentences = rest.reduce((n, e) => n + e.statements.length, 0);
      out.push(
        `  ${sentences} "as of" / "tính đến" sentence(s) in ${rest.length} other page(s): list them with --statements / liệt kê bằng --statements`,
      );
    }
  }
  return out.join('\n');
}

/** The same report as data, dates as YYYY-MM-DD, for tools and CI. */
export function reviewReportJson(entries: readonly ReviewReportEntry[], today: Date) {
  return {
    today: iso(today),
    pages: entries.map((e) => ({
      file: e.file,
      locale: e.locale,
      title: e.title,
      status: e.status,
      reviewed: iso(e.reviewed),
      reviewedFromUpdated: e.reviewedFromUpdated,
      every: e.every,
      due: e.due ? iso(e.due) : null,
      days: e.days ?? null,
      statements: e.statements,
    })),
  };
}
