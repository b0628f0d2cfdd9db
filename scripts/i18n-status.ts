/**
 * `npm run i18n:status` — per section and topic, when each language was last
 * updated, and which translations are older than their source.
 * `--json` prints the same data for tooling; `--root <dir>` reads another copy;
 * `--strict` exits 1 when a translation is stale (for a review or CI step).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { statusReport } from '../src/site/i18n-status';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
    strict: { type: 'boolean', default: false },
  },
});
const { text, exitCode } = statusReport(resolve(values.root), values);
console.log(text);
process.exitCode = exitCode;
