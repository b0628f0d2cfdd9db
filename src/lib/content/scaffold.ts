import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { LOCALE_CODES, type Bilingual, type Locale } from '../../i18n/locales';
import { CONTENT_COLLECTIONS, isContentCollection } from '../routes/sections';
import { MESSAGES as M } from './check/messages';
import { topicFilePath } from './topic-files';
import { SLUG_PATTERN, schemas, type CollectionName } from './schemas';
import { PLACEHOLDER } from './placeholders';

/**
 * The two files of a new topic, pre-filled from the collection's schema: every
 * required field is present, and every value a person must write is a
 * placeholder the content check refuses, so a half-filled page cannot be published.
 */

/** What each placeholder asks for, by field name, in the file's language. */
const HINTS: Record<string, Record<Locale, string>> = {
  title: { vi: 'tiêu đề bài', en: 'page title' },
  'sources.title': {
    vi: 'tên nguồn (văn bản, sách, trang web)',
    en: 'name of the source (document, book, website)',
  },
  description: {
    vi: 'một câu mô tả, tối đa 160 ký tự',
    en: 'one sentence, at most 160 characters',
  },
  lat: { vi: 'vĩ độ, ví dụ 21.327', en: 'latitude, e.g. 21.327' },
  lon: { vi: 'kinh độ, ví dụ 103.914', en: 'longitude, e.g. 103.914' },
  number: { vi: 'số hiệu văn bản', en: 'document number' },
  issuer: { vi: 'cơ quan ban hành', en: 'issuing body' },
};

const DATE_HINT: Record<Locale, string> = { vi: 'ngày dạng NNNN-TT-NN', en: 'date as YYYY-MM-DD' };

type AnySchema = z.ZodType & { _zod: { def: { type: string; [key: string]: unknown } } };

const isRequired = (schema: AnySchema) => !schema.safeParse(undefined).success;

function placeholderFor(schema: AnySchema, path: string[], locale: Locale, today: string): unknown {
  const def = schema._zod.def;
  const name = path.at(-1) ?? '';
  const marker = PLACEHOLDER[locale];
  switch (def.type) {
    case 'object': {
      const shape = (def as unknown as { shape: Record<string, AnySchema> }).shape;
      return Object.fromEntries(
        Object.entries(shape)
          .filter(([, field]) => isRequired(field))
          .map(([key, field]) => [key, placeholderFor(field, [...path, key], locale, today)]),
      );
    }
    case 'array':
      return [
        placeholderFor(
          (def as unknown as { element: AnySchema }).element,
          [...path, '0'],
          locale,
          today,
        ),
      ];
    case 'pipe':
      return placeholderFor((def as unknown as { in: AnySchema }).in, path, locale, today);
    case 'date':
      // Only "updated" is known today; a signing or publication date must be looked up.
      return name === 'updated' ? today : `${marker} ${DATE_HINT[locale]}`;
    case 'enum': {
      const options = Object.values(
        (def as unknown as { entries: Record<string, string> }).entries,
      );
      return `${marker} ${options.join(' | ')}`;
    }
    default: {
      const key = path.filter((p) => !/^\d+$/.test(p)).join('.');
      const hint = HINTS[key]?.[locale] ?? HINTS[name]?.[locale] ?? key;
      return `${marker} ${hint}`;
    }
  }
}

interface ScaffoldInput {
  collection: CollectionName;
  slugs: Record<Locale, string>;
  /** `YYYY-MM-DD`, for `updated` and `reviewed`. */
  today: string;
}

const BODY: Record<Locale, string> = {
  vi: `## ${PLACEHOLDER.vi} tiêu đề mục đầu tiên\n\n${PLACEHOLDER.vi} viết nội dung bài ở đây. Xem hướng dẫn trong docs/editor-guide.vi.md.\n`,
  en: `## ${PLACEHOLDER.en} first heading\n\n${PLACEHOLDER.en} write the page here. See docs/editor-guide.en.md.\n`,
};

const DRAFT_HINT: Record<Locale, string> = {
  vi: '# draft: true   ← bỏ dấu # để giữ bài ở dạng nháp (không xuất bản)',
  en: '# draft: true   ← remove the # to keep the page as a draft (not published)',
};

/** The text of `<locale>.mdx` for a new topic. */
function scaffoldFile({ collection, slugs, today }: ScaffoldInput, locale: Locale): string {
  const schema = schemas[collection](() => ({}) as never) as unknown as AnySchema;
  const data = placeholderFor(schema, [], locale, today) as Record<string, unknown>;
  data.slug = slugs[locale];
  data.updated = today;
  // Whoever writes a new page checks its facts against the sources that day.
  data.reviewed = today;
  const ordered = {
    title: data.title,
    description: data.description,
    slug: data.slug,
    updated: data.updated,
    reviewed: data.reviewed,
    ...data,
  };
  const front = yaml.dump(ordered, { lineWidth: -1, quotingType: '"' });
  return `---\n${front}${DRAFT_HINT[locale]}\n---\n\n${BODY[locale]}`;
}

export type TopicPlan =
  { ok: true; dir: string; files: Record<string, string> } | { ok: false; message: Bilingual };

/**
 * What `npm run new` writes, or why it refuses: the section exists, the names
 * are plain ASCII, the folder is new. Paths are from the site root.
 */
export function planTopic({
  section,
  topic,
  slugs,
  today,
  exists,
}: {
  section: string;
  topic: string;
  slugs: Record<Locale, string>;
  today: string;
  /** Is there already something at this path from the site root? */
  exists: (path: string) => boolean;
}): TopicPlan {
  if (!isContentCollection(section))
    return { ok: false, message: M.newNotASection(section, CONTENT_COLLECTIONS) };
  for (const [what, name] of [['folder', topic], ...Object.entries(slugs)] as const) {
    if (!SLUG_PATTERN.test(name)) return { ok: false, message: M.newBadName(what, name) };
  }
  const dir = `content/${section}/${topic}/`;
  if (exists(dir)) return { ok: false, message: M.newExists(dir) };
  const files = Object.fromEntries(
    LOCALE_CODES.map((locale) => [
      topicFilePath(section, topic, locale),
      scaffoldFile({ collection: section, slugs, today }, locale),
    ]),
  );
  return { ok: true, dir, files };
}
