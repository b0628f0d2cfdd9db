/**
 * `npm run content:check` — validates all content in seconds, without a build,
 * with the same checker the production build runs. `--dev` applies the
 * preview rules (drafts count as pages, placeholders are warnings);
 * `--root <dir>` checks another copy of the site; `--today YYYY-MM-DD` checks as
 * on another day (which reviews are overdue).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, summarize } from '../src/lib/content/check';
import { checkSiteContent } from '../src/site/content-check';

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
    quiet: { type: 'boolean', default: false },
    today: { type: 'string' },
  },
});
const started = performance.now();
const { problems, files } = checkSiteContent(resolve(values.root), {
  mode: values.dev ? 'dev' : 'build',
  ...(values.today ? { today: values.today } : {}),
});
const shown = values.quiet ? problems.filter((p) => p.severity !== 'note') : problems;
if (shown.length > 0) console.log(`${formatProblems(shown)}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`${summarize(problems, files)} (${seconds} s)`);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
