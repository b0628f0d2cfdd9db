/**
 * `npm run i18n:status` — per section and topic, when each language was last
 * updated, and which translations are older than their source.
 * `--json` prints the same data for tooling; `--root <dir>` reads another copy;
 * `--strict` exits 1 when a translation is stale (for a review or CI step).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatStatus, translationStatus } from '../src/site/i18n-status';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
    strict: { type: 'boolean', default: false },
  },
});
const statuses = translationStatus(resolve(values.root));
const stale = statuses.filter((s) => Object.keys(s.stale).length > 0).length;
console.log(
  values.json ? JSON.stringify({ topics: statuses, stale }, null, 2) : formatStatus(statuses),
);
// A report by default: a stale translation is normal while a colleague translates.
if (values.strict && stale > 0) process.exitCode = 1;
