/**
 * `npm run content:coverage` — how many topics each section has in each
 * language and which topic pages are short, against the content plan's
 * minimums (src/lib/content/coverage.ts). A report for editors and their
 * managers; `--strict` exits 1 when a minimum is not met; `--root <dir>` reads
 * another copy of the site. Drafts are not counted.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { coverageReport, formatCoverage } from '../src/lib/content/coverage';
import { readReviewedPages } from '../src/site/review-pages';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    strict: { type: 'boolean', default: false },
  },
});

// The published pages with their text (the review report reads the same).
const report = coverageReport(readReviewedPages(resolve(values.root)));
console.log(formatCoverage(report));
if (values.strict && report.shortfalls.length > 0) process.exitCode = 1;
