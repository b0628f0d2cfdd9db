import { z } from 'astro/zod';
import { isInsideSonLa } from '../geo/inside-province';

/**
 * Frontmatter schemas for every content type. Each message says what was
 * expected and how to fix it, in English then Vietnamese, because the people who
 * read them are editors, not programmers. Astro prefixes the file and field.
 */

/**
 * Astro passes `image()` to schema functions; tests pass a stand-in. Generic, so
 * the cover's type (Astro's ImageMetadata) flows through to the pages.
 */
export type ImageHelper<I extends z.ZodType = z.ZodType> = () => I;

const msg = (en: string, vi: string) => `${en} / ${vi}`;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DESCRIPTION_MAX = 160;
export const PLACE_PRECISIONS = ['site', 'commune', 'district', 'city'] as const;
export const MAP_CATEGORIES = [
  'heritage',
  'tourism',
  'investment',
  'border-gate',
  'cooperation',
  'culture',
] as const;
/**
 * How often a page's facts must be checked again. News items and documents
 * record what was true on their date, so they default to "never"; everything
 * else to "yearly" (a collection can override the default, a page its own value).
 */
export const REVIEW_INTERVALS = [
  'quarterly',
  'half-yearly',
  'yearly',
  'two-yearly',
  'never',
] as const;
export type ReviewInterval = (typeof REVIEW_INTERVALS)[number];
export const RELIC_RANKS = [
  'special-national',
  'national',
  'provincial',
  'unesco',
  'national-tourist-area',
] as const;

const requiredText = (field: string, vi: string) =>
  z
    .string({
      error: msg(
        `"${field}" is required: write it as text`,
        `Thiếu "${field}" (${vi}): hãy nhập nội dung`,
      ),
    })
    .trim()
    .min(1, {
      error: msg(`"${field}" is empty: write it as text`, `"${field}" (${vi}) đang để trống`),
    });

/** Year first: "10/01/2026" is 1 October to JavaScript and 10 January to a Vietnamese reader. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;

/** JavaScript turns "2026-02-30" into 2 March without a word; a real calendar day or nothing. */
function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match || !ISO_DATE.test(text)) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.getUTCMonth() === Number(match[2]) - 1 && day.getUTCDate() === Number(match[3]);
}

const calendarDate = (field: string) =>
  z.preprocess(
    (value) =>
      typeof value === 'string' && !isCalendarDay(value.trim()) ? new Date(Number.NaN) : value,
    z.coerce.date({
      error: msg(
        `"${field}" must be a date written YYYY-MM-DD, for example 2025-07-01`,
        `"${field}" phải là ngày dạng NNNN-TT-NN, ví dụ 2025-07-01`,
      ),
    }),
  );

export const sourceSchema = z
  .object({
    title: requiredText('title', 'tên nguồn'),
    url: z
      .url({
        protocol: /^https?$/,
        error: msg(
          'a source "url" must start with https:// or http://',
          'đường dẫn nguồn phải bắt đầu bằng https:// hoặc http://',
        ),
      })
      .optional(),
    publisher: z.string().optional(),
    date: z.string().optional(),
    accessed: calendarDate('sources.accessed')
      .optional()
      .describe(
        'The day the source was read (YYYY-MM-DD), shown beside the link so a reader knows how fresh it is / Ngày đọc nguồn (NNNN-TT-NN), hiện cạnh liên kết',
      ),
    note: z.string().optional(),
  })
  .strict();

export const placeSchema = z
  .object({
    lat: z
      .number({
        error: msg(
          '"lat" (latitude) must be a number such as 21.327',
          '"lat" (vĩ độ) phải là số, ví dụ 21.327',
        ),
      })
      .min(-90)
      .max(90),
    lon: z
      .number({
        error: msg(
          '"lon" (longitude) must be a number such as 103.914',
          '"lon" (kinh độ) phải là số, ví dụ 103.914',
        ),
      })
      .min(-180)
      .max(180),
    precision: z.enum(PLACE_PRECISIONS, {
      error: msg(
        `"precision" must be one of ${PLACE_PRECISIONS.join(', ')}: "site" only for a surveyed point of the place itself`,
        `"precision" phải là một trong ${PLACE_PRECISIONS.join(', ')}: chỉ dùng "site" khi có tọa độ chính xác của địa điểm`,
      ),
    }),
    /** The commune or ward (after the 2025 reform) the place belongs to. */
    commune: z.string().optional(),
    /** Where the point comes from, shown next to approximate locations. */
    basis: z.string().optional(),
    /** Map layer; defaults from the section. */
    category: z.enum(MAP_CATEGORIES).optional(),
    /** Partner places abroad (Laos) are allowed outside the province outline. */
    outsideProvince: z.boolean().default(false),
  })
  .strict()
  .refine((place) => place.outsideProvince || isInsideSonLa(place.lat, place.lon), {
    error: msg(
      '"place" lies outside Sơn La province: check that lat and lon are not swapped and have the right decimals (Sơn La is about lat 20.6–22.0, lon 103.2–105.1); for a partner place abroad add "outsideProvince: true"',
      '"place" nằm ngoài tỉnh Sơn La: kiểm tra lat/lon có bị đảo hoặc sai số thập phân không (Sơn La khoảng vĩ độ 20,6–22,0, kinh độ 103,2–105,1); địa điểm ở nước ngoài thì thêm "outsideProvince: true"',
    ),
    path: ['lat'],
  });

export type Place = z.infer<typeof placeSchema>;

export function coverSchema<I extends z.ZodType>(image: ImageHelper<I>) {
  return z
    .object({
      src: image(),
      alt: requiredText('cover.alt', 'mô tả ảnh cho người khiếm thị'),
      credit: z.string().optional(),
    })
    .strict();
}

/** Fields every page shares, in both languages. */
export function baseFields<I extends z.ZodType>(
  image: ImageHelper<I>,
  { reviewEvery = 'yearly' as ReviewInterval } = {},
) {
  return {
    title: requiredText('title', 'tiêu đề'),
    description: requiredText('description', 'mô tả ngắn').max(DESCRIPTION_MAX, {
      // The count tells the editor how much to cut.
      error: (issue) => {
        const length = typeof issue.input === 'string' ? issue.input.length : 0;
        return msg(
          `"description" is ${length} characters; at most ${DESCRIPTION_MAX} are allowed: shorten it to one sentence`,
          `"description" dài ${length} ký tự; tối đa ${DESCRIPTION_MAX}: hãy rút gọn thành một câu`,
        );
      },
    }),
    slug: z
      .string({
        error: msg(
          '"slug" is required: the page address, e.g. lao-kho-relic',
          'Thiếu "slug": địa chỉ trang, ví dụ di-tich-lao-kho',
        ),
      })
      .regex(SLUG_PATTERN, {
        error: msg(
          '"slug" must use only a-z, 0-9 and single hyphens (no accents, no spaces), e.g. deo-pha-din',
          '"slug" chỉ dùng chữ a-z không dấu, số 0-9 và dấu gạch ngang, ví dụ deo-pha-din',
        ),
      }),
    updated: calendarDate('updated'),
    reviewed: calendarDate('reviewed')
      .optional()
      .describe(
        'The day a person last checked every fact on the page against its sources (YYYY-MM-DD), shown as "last reviewed"; not the day the text was last edited / Ngày gần nhất có người đối chiếu mọi thông tin trên trang với nguồn (NNNN-TT-NN)',
      ),
    reviewEvery: z
      .enum(REVIEW_INTERVALS, {
        error: msg(
          `"reviewEvery" must be one of ${REVIEW_INTERVALS.join(', ')}: how often the facts must be checked again ("never" for news and documents that record one date)`,
          `"reviewEvery" phải là một trong ${REVIEW_INTERVALS.join(', ')}: bao lâu phải kiểm tra lại thông tin ("never" cho tin tức, văn bản chỉ ghi nhận một thời điểm)`,
        ),
      })
      .default(reviewEvery)
      .describe(
        'How often the facts must be checked again; content:check warns when a review is overdue / Chu kỳ phải kiểm tra lại thông tin; content:check cảnh báo khi quá hạn',
      ),
    sources: z
      .array(sourceSchema, {
        error: msg('"sources" must be a list of sources', '"sources" phải là danh sách nguồn'),
      })
      .min(1, {
        error: msg(
          '"sources" needs at least one source for the facts on the page',
          '"sources" cần ít nhất một nguồn',
        ),
      }),
    draft: z.boolean().default(false),
    cover: coverSchema(image).optional(),
    /** Overrides the site's responsible agency for this page. */
    agency: z.string().optional(),
  };
}

const placeFields = {
  place: placeSchema.optional(),
  rank: z.enum(RELIC_RANKS).optional(),
  /** The decision that conferred the rank, e.g. "93/QĐ-TTg, 18/01/2022". */
  rankDecision: z.string().optional(),
  visiting: z
    .object({
      hours: z.string().optional(),
      fee: z.string().optional(),
      access: z.string().optional(),
      note: z.string().optional(),
    })
    .strict()
    .optional(),
};

export const OPPORTUNITY_SECTORS = [
  'agriculture',
  'processing',
  'tourism',
  'energy',
  'industry',
  'infrastructure',
  'services',
] as const;
export const OPPORTUNITY_STATUSES = ['open', 'in-preparation', 'under-way', 'completed'] as const;

export const opportunitySchema = z
  .object({
    title: requiredText('opportunities.title', 'tên cơ hội'),
    sector: z.enum(OPPORTUNITY_SECTORS),
    location: requiredText('opportunities.location', 'địa điểm'),
    scale: z.string().optional(),
    status: z.enum(OPPORTUNITY_STATUSES),
    contact: requiredText('opportunities.contact', 'đầu mối liên hệ'),
    note: z.string().optional(),
  })
  .strict();

export const ACTIVITY_STATUSES = ['planned', 'under-way', 'done', 'not-reported'] as const;

export const planActivitySchema = z
  .object({
    number: z.number().int().min(1),
    activity: requiredText('activities.activity', 'nội dung hoạt động'),
    lead: requiredText('activities.lead', 'cơ quan chủ trì'),
    coordinating: z.array(z.string()).default([]),
    timeframe: z.string().optional(),
    status: z.enum(ACTIVITY_STATUSES),
    statusNote: z.string().optional(),
  })
  .strict();

export const DOCUMENT_TYPES = [
  'decision',
  'resolution',
  'plan',
  'law',
  'decree',
  'circular',
  'other',
] as const;

/** Builders per collection, so the Astro config and the tests use the same schema. */
export const schemas = {
  culture: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z.object({ ...baseFields(image), ...placeFields }).strict(),
  heritage: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({
        ...baseFields(image),
        ...placeFields,
        place: placeSchema,
      })
      .strict(),
  visit: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z.object({ ...baseFields(image), ...placeFields }).strict(),
  invest: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({
        ...baseFields(image),
        ...placeFields,
        opportunities: z.array(opportunitySchema).optional(),
      })
      .strict(),
  cooperation: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({
        ...baseFields(image),
        ...placeFields,
        activities: z.array(planActivitySchema).optional(),
      })
      .strict(),
  news: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({
        ...baseFields(image, { reviewEvery: 'never' }),
        published: calendarDate('published'),
        event: z
          .object({
            start: calendarDate('event.start'),
            end: calendarDate('event.end').optional(),
            place: z.string().optional(),
          })
          .strict()
          .refine((event) => !event.end || event.end >= event.start, {
            error: msg('"event.end" is before "event.start"', '"event.end" sớm hơn "event.start"'),
            path: ['end'],
          })
          .optional(),
      })
      .strict(),
  documents: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({
        ...baseFields(image, { reviewEvery: 'never' }),
        number: requiredText('number', 'số hiệu văn bản'),
        issuer: requiredText('issuer', 'cơ quan ban hành'),
        signed: calendarDate('signed'),
        docType: z.enum(DOCUMENT_TYPES),
        /** A file beside the MDX (e.g. ./original.txt) or an external link. */
        file: z.string().optional(),
        link: z.url({ protocol: /^https?$/ }).optional(),
        /** Whether the text on this page is the authoritative version. */
        authoritative: z.boolean().default(false),
      })
      .strict(),
  pages: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z.object({ ...baseFields(image) }).strict(),
} as const;

export type CollectionName = keyof typeof schemas;
