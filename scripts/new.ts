/**
 * `npm run new` — creates a topic with both language files, pre-filled from the
 * schema. Asks for what is missing when run in a terminal; flags for scripts:
 *   npm run new -- --section heritage --slug lao-kho [--slug-vi di-tich-lao-kho] [--slug-en lao-kho-relic] [--root .]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { LOCALE_CODES, type Locale } from '../src/i18n/locales';
import { CONTENT_COLLECTIONS, isContentCollection } from '../src/lib/routes/sections';
import { PLACEHOLDER } from '../src/lib/content/placeholders';
import { scaffoldFile } from '../src/lib/content/scaffold';
import { topicFileName, topicFilePath } from '../src/lib/content/topic-files';
import { SLUG_PATTERN, type CollectionName } from '../src/lib/content/schemas';

const { values } = parseArgs({
  options: {
    section: { type: 'string' },
    slug: { type: 'string' },
    'slug-vi': { type: 'string' },
    'slug-en': { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});

function fail(en: string, vi: string): never {
  console.error(`✗ EN: ${en}\n  VI: ${vi}`);
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
    fail(
      `--${flag} is missing (e.g. npm run new -- --section heritage --slug lao-kho)`,
      `thiếu --${flag} (ví dụ npm run new -- --section heritage --slug lao-kho)`,
    );
  }
  const answer = (await ask.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
  return answer || fallback || value(undefined, flag, question, fallback);
}

const section = await value(
  values.section,
  'section',
  `Chuyên mục / Section (${CONTENT_COLLECTIONS.join(', ')})`,
);
if (!isContentCollection(section)) {
  fail(
    `"${section}" is not a section: use one of ${CONTENT_COLLECTIONS.join(', ')}`,
    `"${section}" không phải chuyên mục: dùng một trong ${CONTENT_COLLECTIONS.join(', ')}`,
  );
}
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

for (const [what, slug] of [['folder', topic], ...Object.entries(slugs)] as const) {
  if (!SLUG_PATTERN.test(slug)) {
    fail(
      `${what} "${slug}" must use only a-z, 0-9 and single hyphens (no accents, no spaces), e.g. deo-pha-din`,
      `${what} "${slug}" chỉ dùng chữ a-z không dấu, số 0-9 và dấu gạch ngang, ví dụ deo-pha-din`,
    );
  }
}

const dir = join(resolve(values.root), 'content', section, topic);
if (existsSync(dir))
  fail(
    `content/${section}/${topic}/ already exists: choose another name`,
    `content/${section}/${topic}/ đã tồn tại: hãy chọn tên khác`,
  );
mkdirSync(dir, { recursive: true });
const today = new Date().toISOString().slice(0, 10);
const markers = Object.values(PLACEHOLDER)
  .map((m) => `"${m}"`)
  .join(' / ');
for (const locale of LOCALE_CODES) {
  writeFileSync(
    join(dir, topicFileName(locale)),
    scaffoldFile({ collection: section as CollectionName, slugs, today }, locale),
  );
}
console.log(
  [
    `✓ ${LOCALE_CODES.map((l) => topicFilePath(section, topic, l)).join(', ')}`,
    `VI: Thay mọi chỗ ${markers} bằng nội dung thật, xem trước bằng npm run dev, rồi chạy npm run content:check.`,
    `EN: Replace every ${markers} with real content, preview with npm run dev, then run npm run content:check.`,
  ].join('\n'),
);
