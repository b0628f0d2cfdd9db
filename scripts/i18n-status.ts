/**
 * `npm run i18n:status` — per section and topic, when each language was last
 * updated, and which translations are older than their source.
 * `--json` prints the same data for tooling; `--root <dir>` reads another copy.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatStatus, translationStatus } from '../src/lib/content/i18n-status';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } } });
const statuses = translationStatus(resolve(values.root));
console.log(values.json ? JSON.stringify({ topics: statuses, stale: statuses.filter((s) => Object.keys(s.stale).length > 0).length }, null, 2) : formatStatus(statuses));
