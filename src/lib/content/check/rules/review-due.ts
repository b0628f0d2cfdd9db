import { isCalendarDay } from '../../calendar-date';
import { reviewState } from '../../review-due';
import { DEFAULT_REVIEW_EVERY, REVIEW_INTERVALS, type ReviewInterval } from '../../schemas';
import { MESSAGES as M } from '../messages';
import type { PageRule } from '../rule';

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** A frontmatter date as YAML gives it (a Date, or quoted text), or undefined when it is not one. */
function dayOf(value: unknown): Date | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string' && isCalendarDay(value.trim())) return new Date(value.trim());
  return undefined;
}

/**
 * A published page whose facts are due to be checked again: a warning (never
 * an error — an overdue review is work to plan, not a broken page), naming the
 * day it was last reviewed and the day the review fell due. Pages without a
 * "reviewed" date count from "updated". The schema rule reports bad values.
 */
export const reviewDueRule: PageRule = {
  name: 'review-due',
  checkPage(page, { today }, report) {
    if (page.data.draft === true) return;
    const reviewed = dayOf(page.data.reviewed) ?? dayOf(page.data.updated);
    const every = (page.data.reviewEvery ??
      DEFAULT_REVIEW_EVERY[page.collection]) as ReviewInterval;
    if (!reviewed || !REVIEW_INTERVALS.includes(every)) return;
    const state = reviewState(reviewed, every, new Date(`${today}T00:00:00Z`));
    if (state.status !== 'overdue') return;
    report(
      page.data.reviewed === undefined ? 'updated' : 'reviewed',
      M.reviewOverdue(iso(reviewed), every, iso(state.due!), state.days!),
      'warning',
    );
  },
};
