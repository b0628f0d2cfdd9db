import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/suite';
import { pageAt } from '../support/dist';
import { FIRST_VISITS } from '../../scripts/byte-budgets.mjs';
import { firstVisit, kb } from '../../scripts/lib/first-visit.mjs';

/**
 * What a first visit costs on the wire, counted by the server with gzip as a
 * host sends it: the page, its fonts, styles and scripts, the service worker
 * and its precache, and for search the Pagefind runtime, index chunks and
 * fragments (scripts/lib/first-visit.mjs; `npm run measure:bytes` prints the
 * same table with every file).
 */
const suite = browserSuite();

describe('first-visit bytes per page type (gzip, counted at the server)', () => {
  it('keeps every page type within its budget', async () => {
    const rows: Record<string, Record<string, string | number>> = {};
    const over: string[] = [];
    for (const visit of FIRST_VISITS) {
      pageAt(visit.path); // fails clearly if the sample page was renamed
      const { total, requests, kinds } = await firstVisit(
        suite.browser,
        suite.server,
        visit.path,
        visit,
      );
      rows[visit.name] = { total: kb(total), budget: kb(visit.budget), requests };
      if (total > visit.budget) over.push(`${visit.name}: ${kb(total)} > ${kb(visit.budget)}`);
      // The fonts and the service worker really are part of what was counted.
      expect(kinds.font, visit.name).toBeGreaterThan(10 * 1024);
      expect(kinds.worker, visit.name).toBeGreaterThan(0);
      if (visit.search) expect(kinds.search, visit.name).toBeGreaterThan(50 * 1024);
    }
    console.table(rows);
    expect(over).toEqual([]);
  }, 120_000);
});
