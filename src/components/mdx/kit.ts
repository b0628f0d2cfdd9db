import { localeOfPath } from '../../lib/routes/paths';
import { PLACE_PRECISIONS, placeSchema } from '../../lib/content/schemas';
import type { Kit, KitComponent } from '../../lib/content/check/kit';
import { MESSAGES as M } from '../../lib/content/check/messages';
import { issueToMessages } from '../../lib/content/check/zod-issues';

/**
 * What editors may write in MDX: each component of the kit, its properties,
 * what it must contain and its own rules. Plain data, so `npm run
 * content:check` can check a page without rendering it; `index.ts` maps the
 * same names to the `.astro` files (its type makes a missing or extra name a
 * type error).
 */

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

/** YouTube video ids: 11 characters of letters, digits, `-` and `_`. */
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

const callout: KitComponent = {
  required: [],
  optional: ['type', 'title'],
  choices: { type: CALLOUT_TYPES },
};

export const MDX_KIT = {
  Figure: { required: ['caption'], optional: ['credit'], children: { kind: 'images', min: 1 } },
  Gallery: { required: [], optional: ['caption'], children: { kind: 'images', min: 2 } },
  Callout: callout,
  Aside: callout,
  FactBox: {
    required: ['title', 'source'],
    optional: ['sourceUrl'],
    children: { kind: 'component', name: 'Fact', min: 1 },
  },
  Fact: { required: ['value', 'label'], optional: ['source'] },
  Timeline: {
    required: [],
    optional: ['title'],
    children: { kind: 'component', name: 'TimelineItem', min: 1 },
  },
  TimelineItem: { required: ['date', 'title'], optional: [] },
  VideoEmbed: {
    required: ['id', 'title'],
    optional: ['start'],
    numbers: ['start'],
    validate(element) {
      const id = element.attribute('id').text;
      return id && !VIDEO_ID.test(id) ? [M.videoId(id)] : [];
    },
  },
  DocumentLink: {
    required: ['href', 'title'],
    optional: ['lang'],
    validate(element) {
      const href = element.attribute('href').text ?? '';
      // A file in public/ (not a page of the site), or a web address.
      if (href.startsWith('/') && !localeOfPath(href))
        return element.fileExists(href) ? [] : [M.documentMissing(href)];
      if (href && !/^https?:\/\//.test(href)) return [M.documentHref(href)];
      return [];
    },
  },
  PlaceMap: {
    required: ['lat', 'lon', 'precision', 'label'],
    optional: ['basis', 'outsideProvince'],
    numbers: ['lat', 'lon'],
    choices: { precision: PLACE_PRECISIONS },
    // The same rules as a page's `place`: inside Sơn La unless marked as abroad.
    validate(element) {
      const lat = element.attribute('lat').number;
      const lon = element.attribute('lon').number;
      if (lat === undefined || lon === undefined) return [];
      const outside = element.attribute('outsideProvince');
      const result = placeSchema.safeParse({
        lat,
        lon,
        precision: element.attribute('precision').text,
        outsideProvince: outside.present && outside.text !== 'false',
      });
      return (result.success ? [] : result.error.issues)
        .filter((issue) => issue.path[0] !== 'precision') // worded by `choices` above
        .flatMap((issue) => issueToMessages(issue, { lat, lon }))
        .map((m) => M.inComponent('PlaceMap', m));
    },
  },
} as const satisfies Kit;

export type KitName = keyof typeof MDX_KIT;
export const KIT_NAMES = Object.keys(MDX_KIT) as KitName[];
