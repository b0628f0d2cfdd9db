import { describe, expect, it } from 'vitest';
import {
  addMonths,
  datedStatements,
  reviewReport,
  reviewState,
  type ReviewedPage,
} from './review-due';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('addMonths', () => {
  it('adds calendar months', () => {
    expect(iso(addMonths(day('2026-11-26'), 12))).toBe('2027-11-26');
    expect(iso(addMonths(day('2026-11-26'), 3))).toBe('2027-02-26');
  });

  it('keeps to the end of a shorter month instead of spilling into the next', () => {
    expect(iso(addMonths(day('2026-08-31'), 6))).toBe('2027-02-28');
    expect(iso(addMonths(day('2027-08-31'), 6))).toBe('2028-02-29');
    expect(iso(addMonths(day('2028-02-29'), 12))).toBe('2029-02-28');
  });
});

describe('reviewState', () => {
  const reviewed = day('2026-11-26');

  it('is up to date well before the due date', () => {
    expect(reviewState(reviewed, 'yearly', day('2027-06-01'))).toMatchObject({
      status: 'up-to-date',
      due: day('2027-11-26'),
      days: 178,
    });
  });

  it('is due soon within 30 days of the due date', () => {
    expect(reviewState(reviewed, 'yearly', day('2027-10-27'))).toMatchObject({
      status: 'due-soon',
      days: 30,
    });
    expect(reviewState(reviewed, 'yearly', day('2027-10-26')).status).toBe('up-to-date');
  });

  it('is overdue from the due date on, counting the days', () => {
    expect(reviewState(reviewed, 'yearly', day('2027-11-26'))).toMatchObject({
      status: 'overdue',
      days: 0,
    });
    expect(reviewState(reviewed, 'quarterly', day('2027-12-01'))).toMatchObject({
      status: 'overdue',
      due: day('2027-02-26'),
      days: 278,
    });
  });

  it('never falls due for pages that record one date', () => {
    const state = reviewState(reviewed, 'never', day('2040-01-01'));
    expect(state.status).toBe('no-review');
    expect(state.due).toBeUndefined();
  });
});

describe('datedStatements', () => {
  it('finds the sentence that says "as of", with its line, in English', () => {
    const source = [
      '---',
      'title: Profile',
      '---',
      '',
      'Sơn La kept its borders. **As of 2025**, it has 75 communes and wards. It borders Laos.',
    ].join('\n');
    expect(datedStatements(source)).toEqual([
      { line: 5, text: 'As of 2025, it has 75 communes and wards.' },
    ]);
  });

  it('finds "tính đến" and "tại thời điểm" in Vietnamese, links reduced to their text', () => {
    const source =
      '- Tính đến tháng 11/2025, [Sở Ngoại vụ](/vi/lien-he/) vẫn hoạt động.\nDòng khác.\nTại thời điểm viết bài, chưa có chuyến bay.';
    expect(datedStatements(source)).toEqual([
      { line: 1, text: 'Tính đến tháng 11/2025, Sở Ngoại vụ vẫn hoạt động.' },
      { line: 3, text: 'Tại thời điểm viết bài, chưa có chuyến bay.' },
    ]);
  });

  it('ignores words that merely contain the marker, and table headings', () => {
    expect(datedStatements('Gas offers and bias often differ.')).toEqual([]);
    expect(datedStatements('| Task | Body | As of | Source |')).toEqual([]);
  });

  it('shortens very long sentences', () => {
    const [found] = datedStatements(`As of 2026 ${'word '.repeat(80)}end.`);
    expect(found!.text.length).toBeLessThanOrEqual(220);
    expect(found!.text.endsWith('…')).toBe(true);
  });
});

describe('reviewReport', () => {
  const page = (file: string, reviewed: string, every: ReviewedPage['every']): ReviewedPage => ({
    file,
    locale: 'en',
    title: file,
    reviewed: day(reviewed),
    reviewedFromUpdated: false,
    every,
    source: '',
  });

  it('lists overdue pages first (most overdue first), then due soon, up to date and never', () => {
    const report = reviewReport(
      [
        page('news.mdx', '2020-01-01', 'never'),
        page('fresh.mdx', '2027-11-01', 'yearly'),
        page('late.mdx', '2026-01-01', 'yearly'),
        page('later.mdx', '2025-01-01', 'yearly'),
        page('soon.mdx', '2026-12-20', 'yearly'),
      ],
      day('2027-12-01'),
    );
    expect(report.map((r) => `${r.file} ${r.status}`)).toEqual([
      'later.mdx overdue',
      'late.mdx overdue',
      'soon.mdx due-soon',
      'fresh.mdx up-to-date',
      'news.mdx no-review',
    ]);
  });
});
