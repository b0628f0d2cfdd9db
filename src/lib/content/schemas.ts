import { z } from 'astro/zod';
import { isInsideSonLa } from '../geo/inside-province';
import type { ContentCollection } from '../routes/sections';
import { isCalendarDay } from './calendar-date';
import { isImageFile } from './file-types';
import { FIELD_HINTS, MESSAGES as M, toZodMessage, type HintedField } from './check/messages';

/**
 * Frontmatter schemas for every content type. Each message says what was
 * expected and how to fix it, in English then Vietnamese, because the people who
 * read them are editors, not programmers. Astro prefixes the file and field.
 * The wording is in check/messages.ts; an error function answers only the
 * issues it words better than check/zod-issues.ts does (a missing field, a
 * value out of range), so "missing", "wrong type" and "out of range" stay apart.
 */

/**
 * Astro passes `image()` to schema functions; tests pass a stand-in. Generic, so
 * the cover's type (Astro's ImageMetadata) flows through to the pages.
 */
export type ImageHelper<I extends z.ZodType = z.ZodType> = () => I;

type Issue = { code: string; input?: unknown };
/** The field is absent: say so, with what it holds (not "must be text", which reads as a type error). */
const whenMissing =
  (field: HintedField | string, hint = FIELD_HINTS[field as HintedField]) =>
  (issue: Issue) =>
    issue.input === undefined
      ? toZodMessage(M.missingField(field.split('.').at(-1)!, hint))
      : undefined;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DESCRIPTION_MAX = 160;
export const PLACE_PRECISIONS = ['site', 'commune', 'district', 'city'] as const;
/** Map layers, in the order of the map legend: what visitors look for first. */
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
export const DEFAULT_REVIEW_EVERY: Record<ContentCollection, ReviewInterval> = {
  culture: 'yearly',
  heritage: 'yearly',
  visit: 'yearly',
  invest: 'yearly',
  cooperation: 'yearly',
  news: 'never',
  documents: 'never',
  pages: 'yearly',
};
/** Protection ranks of a relic; each has a label in ui/*.json (`rank.<rank>`). */
const RELIC_RANKS = [
  'special-national',
  'national',
  'provincial',
  'unesco',
  'national-tourist-area',
] as const;
export type RelicRank = (typeof RELIC_RANKS)[number];

const requiredText = (field: HintedField) =>
  z
    .string({ error: whenMissing(field) })
    .trim()
    .min(1, { error: toZodMessage(M.emptyField(field, FIELD_HINTS[field])) });

/** A real calendar day (calendar-date.ts): quoted text is read here, YAML dates arrive as Date. */
const calendarDate = (field: string) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? isCalendarDay(value.trim())
          ? new Date(value.trim())
          : new Date(Number.NaN)
        : value,
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? toZodMessage(M.missingField(field.split('.').at(-1)!, M.dateHint()))
          : toZodMessage(M.notADate(field)),
    }),
  );

const sourceSchema = z
  .object({
    title: requiredText('sources.title'),
    url: z.url({ protocol: /^https?$/, error: toZodMessage(M.sourceUrl()) }).optional(),
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

/** A latitude or longitude: missing, not a number and out of range each get their own message. */
const coordinate = (field: 'lat' | 'lon', limit: number) =>
  z
    .number({ error: whenMissing(`place.${field}`) })
    .min(-limit, { error: (issue) => toZodMessage(M.coordinateRange(field, issue.input)) })
    .max(limit, { error: (issue) => toZodMessage(M.coordinateRange(field, issue.input)) });

export const placeSchema = z
  .object({
    lat: coordinate('lat', 90),
    lon: coordinate('lon', 180),
    precision: z.enum(PLACE_PRECISIONS, {
      error: (issue) =>
        issue.input === undefined
          ? toZodMessage(M.missingField('precision', M.precisionHint(PLACE_PRECISIONS)))
          : toZodMessage(M.precision(PLACE_PRECISIONS)),
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
    error: toZodMessage(M.outsideProvince()),
    path: ['lat'],
    // Only for valid coordinates: a latitude of 104.5 already got its own message.
    when: (payload) => payload.issues.length === 0,
  });

export type Place = z.infer<typeof placeSchema>;

const coverAlt = requiredText('cover.alt');
const coverCredit = z.string().optional();

function coverSchema<I extends z.ZodType>(image: ImageHelper<I>) {
  return z.object({ src: image(), alt: coverAlt, credit: coverCredit }).strict();
}

/**
 * The shared fields that do not depend on `image()`, built once per review
 * interval. Astro calls a collection's schema function again for every entry
 * (its `image()` resolves paths from that entry's folder), and building these
 * zod schemas each time cost 1 s of a 5,000-page build's content sync. zod
 * schemas are immutable, so the same field can sit in many objects.
 */
const fieldsByInterval = new Map<ReviewInterval, ReturnType<typeof fieldsWithoutCover>>();

function fieldsWithoutCover(reviewEvery: ReviewInterval) {
  return {
    beforeCover: {
      title: requiredText('title'),
      description: requiredText('description').max(DESCRIPTION_MAX, {
        // The count tells the editor how much to cut.
        error: (issue) => {
          const length = typeof issue.input === 'string' ? issue.input.length : 0;
          return toZodMessage(M.descriptionTooLong(length, DESCRIPTION_MAX));
        },
      }),
      slug: z
        .string({ error: whenMissing('slug') })
        .regex(SLUG_PATTERN, { error: toZodMessage(M.slugPattern()) }),
      updated: calendarDate('updated'),
      reviewed: calendarDate('reviewed')
        .optional()
        .describe(
          'The day a person last checked every fact on the page against its sources (YYYY-MM-DD), shown as "last reviewed"; not the day the text was last edited / Ngày gần nhất có người đối chiếu mọi thông tin trên trang với nguồn (NNNN-TT-NN)',
        ),
      reviewEvery: z
        .enum(REVIEW_INTERVALS, { error: toZodMessage(M.reviewInterval(REVIEW_INTERVALS)) })
        .default(reviewEvery)
        .describe(
          'How often the facts must be checked again; content:check warns when a review is overdue / Chu kỳ phải kiểm tra lại thông tin; content:check cảnh báo khi quá hạn',
        ),
      sources: z
        .array(sourceSchema, {
          error: (issue) =>
            issue.input === undefined
              ? toZodMessage(M.missingField('sources'))
              : toZodMessage(M.sourcesNotList()),
        })
        .min(1, { error: toZodMessage(M.sourcesEmpty()) }),
      draft: z.boolean().default(false),
    },
    afterCover: {
      /** Overrides the site's responsible agency for this page. */
      agency: z.string().optional(),
    },
  };
}

/** Fields every page shares, in both languages (in this order: the editor's form follows it). */
function baseFields<I extends z.ZodType>(
  image: ImageHelper<I>,
  { reviewEvery }: { reviewEvery: ReviewInterval },
) {
  let shared = fieldsByInterval.get(reviewEvery);
  if (!shared) fieldsByInterval.set(reviewEvery, (shared = fieldsWithoutCover(reviewEvery)));
  return {
    ...shared.beforeCover,
    cover: coverSchema(image).optional(),
    ...shared.afterCover,
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

const OPPORTUNITY_SECTORS = [
  'agriculture',
  'processing',
  'tourism',
  'energy',
  'industry',
  'infrastructure',
  'services',
] as const;
const OPPORTUNITY_STATUSES = ['open', 'in-preparation', 'under-way', 'completed'] as const;

const opportunitySchema = z
  .object({
    title: requiredText('opportunities.title'),
    sector: z.enum(OPPORTUNITY_SECTORS),
    location: requiredText('opportunities.location'),
    scale: z.string().optional(),
    status: z.enum(OPPORTUNITY_STATUSES),
    contact: requiredText('opportunities.contact'),
    note: z.string().optional(),
  })
  .strict();

const ACTIVITY_STATUSES = ['planned', 'under-way', 'done', 'not-reported'] as const;

const planActivitySchema = z
  .object({
    number: z.number().int().min(1),
    activity: requiredText('activities.activity'),
    lead: requiredText('activities.lead'),
    coordinating: z.array(z.string()).default([]),
    timeframe: z.string().optional(),
    status: z.enum(ACTIVITY_STATUSES),
    statusNote: z.string().optional(),
  })
  .strict();

const DOCUMENT_TYPES = [
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
    z
      .object({
        ...baseFields(image, { reviewEvery: DEFAULT_REVIEW_EVERY.culture }),
        ...placeFields,
      })
      .strict(),
  heritage: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({
        ...baseFields(image, { reviewEvery: DEFAULT_REVIEW_EVERY.heritage }),
        ...placeFields,
        place: placeSchema,
      })
      .strict(),
  visit: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({ ...baseFields(image, { reviewEvery: DEFAULT_REVIEW_EVERY.visit }), ...placeFields })
      .strict(),
  invest: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({
        ...baseFields(image, { reviewEvery: DEFAULT_REVIEW_EVERY.invest }),
        ...placeFields,
        opportunities: z.array(opportunitySchema).optional(),
      })
      .strict(),
  cooperation: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({
        ...baseFields(image, { reviewEvery: DEFAULT_REVIEW_EVERY.cooperation }),
        ...placeFields,
        activities: z.array(planActivitySchema).optional(),
      })
      .strict(),
  news: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({
        ...baseFields(image, { reviewEvery: DEFAULT_REVIEW_EVERY.news }),
        published: calendarDate('published'),
        event: z
          .object({
            start: calendarDate('event.start'),
            end: calendarDate('event.end').optional(),
            place: z.string().optional(),
          })
          .strict()
          .refine((event) => !event.end || event.end >= event.start, {
            error: toZodMessage(M.eventEndBeforeStart()),
            path: ['end'],
          })
          .optional(),
      })
      .strict(),
  documents: <I extends z.ZodType>(image: ImageHelper<I>) =>
    z
      .object({
        ...baseFields(image, { reviewEvery: DEFAULT_REVIEW_EVERY.documents }),
        number: requiredText('number'),
        issuer: requiredText('issuer'),
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
    z.object({ ...baseFields(image, { reviewEvery: DEFAULT_REVIEW_EVERY.pages }) }).strict(),
} as const satisfies Record<ContentCollection, unknown>;

export type CollectionName = keyof typeof schemas;

/** The frontmatter of any page, as the schemas give it (the cover's image type left open). */
export type PageData = {
  [K in CollectionName]: z.output<ReturnType<(typeof schemas)[K]>>;
}[CollectionName];

/**
 * Astro's `image()` stand-in for the checker: a path beside the MDX file that
 * exists and is an image. `exists` answers for a path relative to the page.
 */
export function imagePathSchema(exists: (path: string) => boolean) {
  return () =>
    z.string({ error: whenMissing('cover.src', M.imagePath()) }).superRefine((src, ctx) => {
      const fail = (message: Parameters<typeof toZodMessage>[0]) =>
        ctx.addIssue({ code: 'custom', message: toZodMessage(message) });
      if (!src.startsWith('./') && !src.startsWith('../')) fail(M.imageNotBeside(src));
      else if (!isImageFile(src)) fail(M.coverNotImage(src));
      else if (!exists(src)) fail(M.coverMissing(src));
    });
}
