import { describe, expect, it } from 'vitest';
import { reviewReport, type ReviewedPage } from './review-due';
import { formatReviewReport, reviewReportJson } from './review-report';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const page = (over: Partial<ReviewedPage>): ReviewedPage => ({
  file: 'content/pages/profile/index.en.mdx',
  locale: 'en',
  title: 'Profile',
  reviewed: day('2026-11-26'),
  reviewedFromUpdated: false,
  every: 'yearly',
  source: 'Intro.\nAs of 2026, the province has 75 units.\n',
  ...over,
});

describe('review report', () => {
  const today = day('2027-12-01');
  const entries = reviewReport(
    [
      page({}),
      page({ file: 'content/news/a/index.en.mdx', every: 'never', title: 'News' }),
      page({
        file: 'content/pages/profile/index.vi.mdx',
        locale: 'vi',
        reviewed: day('2027-06-01'),
        source: 'Tính đến 2027, có 75 xã.',
      }),
    ],
    today,
  );

  it('lists each overdue page with its file, dates and dated sentences, per language', () => {
    const text = formatReviewReport(entries, { today });
    expect(text).toContain('English pages / Trang tiếng Anh: 1 overdue / quá hạn, 0 due soon');
    expect(text).toContain('✗ overdue since 2027-11-26 (5 days)');
    expect(text).toContain('content/pages/profile/index.en.mdx — Profile');
    expect(text).toContain('line 2 / dòng 2: As of 2026, the province has 75 units.');
    // Up-to-date pages only count their dated sentences, unless asked to list them.
    expect(text).toContain('1 "as of" / "tính đến" sentence(s) in 1 other page(s)');
    expect(formatReviewReport(entries, { today, allStatements: true })).toContain(
      'line 1 / dòng 1: Tính đến 2027, có 75 xã.',
    );
  });

  it('gives the same data as JSON with ISO dates', () => {
    const json = reviewReportJson(entries, today);
    expect(json.today).toBe('2027-12-01');
    expect(json.pages[0]).toMatchObject({ status: 'overdue', due: '2027-11-26', days: 5 });
    expect(json.pages.at(-1)).toMatchObject({ status: 'no-review', due: null });
  });
});
