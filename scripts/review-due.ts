/**
 * `npm run review:due` — which pages must be checked against their sources
 * again, per language, with the "as of" / "tính đến" sentences that may have
 * expired. `--lang vi|en` keeps one language; `--statements` lists the dated
 * sentences of every page; `--json` prints the data; `--today YYYY-MM-DD`
 * pretends another day (default: today in Vietnam); `--root <dir>` reads
 * another copy of the site; `--strict` exits 1 when a review is overdue.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale } from '../src/i18n/locales';
import { reviewReport } from '../src/lib/content/review-due';
import { formatReviewReport, reviewReportJson } from '../src/lib/content/review-report';
import { todayInSonLa } from '../src/site/content-check';
import { readReviewedPages } from '../src/site/review-pages';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    lang: { type: 'string' },
    root: { type: 'string', default: '.' },
    statements: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    today: { type: 'string' },
  },
});

if (values.lang !== undefined && !isLocale(values.lang)) {
  console.error(
    `--lang must be vi or en, not "${values.lang}" / --lang phải là vi hoặc en, không phải "${values.lang}"`,
  );
  process.exit(2);
}
const today = new Date(`${values.today ?? todayInSonLa()}T00:00:00Z`);
if (Number.isNaN(today.getTime())) {
  console.error(`--today must be a date written YYYY-MM-DD / --today phải là ngày dạng NNNN-TT-NN`);
  process.exit(2);
}

const pages = readReviewedPages(resolve(values.root)).filter(
  (page) => values.lang === undefined || page.locale === values.lang,
);
const entries = reviewReport(pages, today);
console.log(
  values.json
    ? JSON.stringify(reviewReportJson(entries, today), null, 2)
    : formatReviewReport(entries, { today, allStatements: values.statements }),
);
// A report by default: an overdue review is work to plan, not a broken site.
if (values.strict && entries.some((e) => e.status === 'overdue')) process.exitCode = 1;
