import { PLACE_PRECISIONS } from '../../lib/content/schemas';

/**
 * What editors may write in MDX: each component of the kit, its properties and
 * what it must contain. Plain data, so `npm run content:check` can check a page
 * without rendering it; `index.ts` maps the same names to the `.astro` files
 * (its type makes a missing or extra name a type error).
 */
export interface KitComponent {
  /** Properties that must be given. */
  required: readonly string[];
  optional: readonly string[];
  /** Properties restricted to a list of values. */
  choices?: Readonly<Record<string, readonly string[]>>;
  /** Properties that must be numbers, written `lat={21.3}`. */
  numbers?: readonly string[];
  /** What the component wraps, checked so an empty figure is caught. */
  children?: { kind: 'images'; min: number } | { kind: 'component'; name: string; min: number };
  /** One line for the editor guide and the "unknown component" message. */
  summary: string;
}

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

const callout: KitComponent = {
  required: [],
  optional: ['type', 'title'],
  choices: { type: CALLOUT_TYPES },
  summary: 'a highlighted note beside the text',
};

export const MDX_KIT = {
  Figure: {
    required: ['caption'],
    optional: ['credit'],
    children: { kind: 'images', min: 1 },
    summary: 'one image with caption and credit',
  },
  Gallery: {
    required: [],
    optional: ['caption'],
    children: { kind: 'images', min: 2 },
    summary: 'several images in a grid',
  },
  Callout: callout,
  Aside: callout,
  FactBox: {
    required: ['title', 'source'],
    optional: ['sourceUrl'],
    children: { kind: 'component', name: 'Fact', min: 1 },
    summary: 'key figures with their source',
  },
  Fact: {
    required: ['value', 'label'],
    optional: ['source'],
    summary: 'one figure inside a FactBox',
  },
  Timeline: {
    required: [],
    optional: ['title'],
    children: { kind: 'component', name: 'TimelineItem', min: 1 },
    summary: 'dated events in order',
  },
  TimelineItem: {
    required: ['date', 'title'],
    optional: [],
    summary: 'one event inside a Timeline',
  },
  VideoEmbed: {
    required: ['id', 'title'],
    optional: ['start'],
    numbers: ['start'],
    summary: 'a YouTube video that loads only when clicked',
  },
  DocumentLink: {
    required: ['href', 'title'],
    optional: ['lang'],
    summary: 'a link to a document with its type and size',
  },
  PlaceMap: {
    required: ['lat', 'lon', 'precision', 'label'],
    optional: ['basis', 'outsideProvince'],
    numbers: ['lat', 'lon'],
    choices: { precision: PLACE_PRECISIONS },
    summary: 'a place on a map, with its coordinates',
  },
} as const satisfies Record<string, KitComponent>;

export type KitName = keyof typeof MDX_KIT;
export const KIT_NAMES = Object.keys(MDX_KIT) as KitName[];

/** YouTube video ids: 11 characters of letters, digits, `-` and `_`. */
export const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
