import type { Locale } from '../../i18n/locales';

/**
 * The site's sections and their translated URL segments. `collection` sections
 * hold editor content (one Astro collection each, folder `content/<key>/`);
 * `tool` sections are generated pages (search, map).
 */
export const SECTIONS = {
  culture: { kind: 'collection', segment: { vi: 'van-hoa', en: 'culture' } },
  heritage: { kind: 'collection', segment: { vi: 'di-tich', en: 'heritage' } },
  visit: { kind: 'collection', segment: { vi: 'du-lich', en: 'visit' } },
  invest: { kind: 'collection', segment: { vi: 'dau-tu', en: 'invest' } },
  cooperation: { kind: 'collection', segment: { vi: 'hop-tac', en: 'cooperation' } },
  news: { kind: 'collection', segment: { vi: 'tin-tuc', en: 'news' } },
  documents: { kind: 'collection', segment: { vi: 'van-ban', en: 'documents' } },
  map: { kind: 'tool', segment: { vi: 'ban-do', en: 'map' } },
  search: { kind: 'tool', segment: { vi: 'tim-kiem', en: 'search' } },
} as const satisfies Record<
  string,
  { kind: 'collection' | 'tool'; segment: Record<Locale, string> }
>;

export type SectionKey = keyof typeof SECTIONS;

export type CollectionSection = {
  [K in SectionKey]: (typeof SECTIONS)[K]['kind'] extends 'collection' ? K : never;
}[SectionKey];

export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];

export const COLLECTION_SECTIONS = SECTION_KEYS.filter(
  (key): key is CollectionSection => SECTIONS[key].kind === 'collection',
);

/** Sections shown in the primary navigation, in order. */
export const NAV_SECTIONS: SectionKey[] = [
  'culture',
  'heritage',
  'visit',
  'invest',
  'cooperation',
  'news',
  'documents',
];

/**
 * General pages (about, contact, …) live in `content/pages/<topic>/` and are
 * served at the language root: `/vi/<slug>/`. They are a collection too, but not a section.
 */
export const PAGES_COLLECTION = 'pages';

/** Topic folders of content/pages/ the footer links to, in order; each has a `footer.<topic>` label. */
export const FOOTER_PAGES = ['about', 'contact', 'accessibility', 'privacy'] as const;

/** Every content collection: one folder of `content/` each, one schema each (schemas.ts). */
export const CONTENT_COLLECTIONS = [...COLLECTION_SECTIONS, PAGES_COLLECTION] as const;
export type ContentCollection = CollectionSection | typeof PAGES_COLLECTION;

export function isContentCollection(value: string): value is ContentCollection {
  return (CONTENT_COLLECTIONS as readonly string[]).includes(value);
}

export function isCollectionSection(value: string): value is CollectionSection {
  return (COLLECTION_SECTIONS as string[]).includes(value);
}
