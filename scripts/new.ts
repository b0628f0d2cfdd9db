/**
 * `npm run new` — creates a topic with both language files, pre-filled from the
 * schema. Asks for what is missing when run in a terminal; flags for scripts:
 *   npm run new -- --section heritage --slug lao-kho [--slug-vi di-tich-lao-kho] [--slug-en lao-kho-relic] [--root .]
 * The work is planTopic (src/lib/content/scaffold.ts); this file asks and writes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { LOCALE_CODES, type Bilingual, type Locale } from '../src/i18n/locales';
import { MESSAGES as M } from '../src/lib/content/check/messages';
import { PLACEHOLDER } from '../src/lib/content/placeholders';
import { planTopic } from '../src/lib/content/scaffold';
import { CONTENT_COLLECTIONS } from '../src/lib/routes/sections';
import { todayInSonLa } from '../src/site/content-check';

const { values } = parseArgs({
  options: {
    section: { type: 'string' },
    slug: { type: 'string' },
    'slug-vi': { type: 'string' },
    'slug-en': { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});

function fail(message: Bilingual): never {
  console.error(`✗ EN: ${message.en}\n  VI: ${message.vi}`);
  process.exit(1);
}

const ask = process.stdin.isTTY
  ? createInterface({ input: process.stdin, output: process.stdout })
  : undefined;
async function value(
  given: string | undefined,
  flag: string,
  question: string,
  fallback?: string,
): Promise<string> {
  if (given) return given;
  if (!ask) {
    if (fallback) return fallback;
    fail(M.newMissingFlag(flag));
  }
  const answer = (await ask.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
  return answer || fallback || value(undefined, flag, question, fallback);
}

const section = await value(
  values.section,
  'section',
  `Chuyên mục / Section (${CONTENT_COLLECTIONS.join(', ')})`,
);
const topic = await value(
  values.slug,
  'slug',
  'Tên thư mục bài, không dấu / Topic folder, no accents (e.g. lao-kho)',
);
const slugs = {} as Record<Locale, string>;
for (const locale of LOCALE_CODES) {
  slugs[locale] = await value(
    values[`slug-${locale}`],
    `slug-${locale}`,
    `Địa chỉ (slug) bản ${locale} / ${locale} slug`,
    topic,
  );
}
ask?.close();

const root = resolve(values.root);
const plan = planTopic({
  section,
  topic,
  slugs,
  today: todayInSonLa(),
  exists: (path) => existsSync(join(root, path)),
});
if (!plan.ok) fail(plan.message);
for (const [path, text] of Object.entries(plan.files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
const done = M.newCreated(Object.values(PLACEHOLDER));
console.log(
  [`✓ ${Object.keys(plan.files).join(', ')}`, `VI: ${done.vi}`, `EN: ${done.en}`].join('\n'),
);
