import type { Locale } from '../../i18n/locales';
import type { SectionKey } from '../routes/sections';
import { MAP_CATEGORIES, PLACE_PRECISIONS, type Place } from '../content/schemas';
import { withBase } from '../routes/paths';

/**
 * The places of the site as GeoJSON, one FeatureCollection per language: the
 * province map reads it, and it is published beside the map page as open data.
 * Pure: the caller hands in pages that have a `place` (see src/site/places.ts).
 */

export type MapCategory = (typeof MAP_CATEGORIES)[number];
export type Precision = (typeof PLACE_PRECISIONS)[number];

/** The layer a section's places fall in when the page sets no `place.category`. */
const SECTION_CATEGORY: Partial<Record<SectionKey, MapCategory>> = {
  heritage: 'heritage',
  visit: 'tourism',
  invest: 'investment',
  cooperation: 'cooperation',
  culture: 'culture',
};

export class PlacesGeoJsonError extends Error {
  override name = 'PlacesGeoJsonError';
}

/**
 * `place.category` wins; otherwise the section decides. Partner places abroad
 * always go in the cooperation layer, whatever their section: they are what
 * that layer is for, and a "heritage" marker in Laos would mislead.
 */
export function mapCategoryOf(
  section: SectionKey | undefined,
  place: Pick<Place, 'category' | 'outsideProvince'>,
): MapCategory {
  if (place.outsideProvince) return 'cooperation';
  if (place.category) return place.category;
  const fromSection = section ? SECTION_CATEGORY[section] : undefined;
  if (!fromSection) {
    throw new PlacesGeoJsonError(
      `A page in section "${section ?? '(none)'}" has a place but that section has no map layer. Set "place.category" to one of: ${MAP_CATEGORIES.join(', ')}.`,
    );
  }
  return fromSection;
}

/** One page with a place, as the route table and its content entry describe it. */
export interface PlacePage {
  locale: Locale;
  section: SectionKey | undefined;
  /** Topic folder (`<collection>/<topic>`), shared by both languages: the feature id. */
  topicKey: string;
  /** Site path without base, e.g. `/en/heritage/lao-kho/`. */
  path: string;
  title: string;
  description: string;
  place: Place;
}

interface PlaceProperties {
  /** Same in both languages, so a feature can be matched with its translation. */
  id: string;
  name: string;
  section: SectionKey | null;
  category: MapCategory;
  summary: string;
  /** Page URL with the deployment base, in the collection's language. */
  url: string;
  precision: Precision;
  /** True unless `precision` is `site`: the point is a reference point, not the place. */
  approximate: boolean;
  commune: string | null;
  basis: string | null;
  outsideProvince: boolean;
}

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PlaceProperties;
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  /** Not part of RFC 7946, but harmless and tells a reuser what they hold. */
  metadata: { locale: Locale; count: number; note: string };
  features: PlaceFeature[];
}

/** GeoJSON positions are [lon, lat]; six decimals is ~0.1 m, more than any source here. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

export function placeFeature(page: PlacePage, base: string): PlaceFeature {
  const { place } = page;
  if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon)) {
    throw new PlacesGeoJsonError(
      `${page.path}: "place.lat"/"place.lon" must be numbers (got ${place.lat}, ${place.lon}).`,
    );
  }
  if (!page.path.startsWith(`/${page.locale}/`)) {
    throw new PlacesGeoJsonError(
      `${page.path} is not a ${page.locale} page: a place's link must stay in its own language.`,
    );
  }
  return {
    type: 'Feature',
    id: page.topicKey,
    geometry: { type: 'Point', coordinates: [round(place.lon), round(place.lat)] },
    properties: {
      id: page.topicKey,
      name: page.title,
      section: page.section ?? null,
      category: mapCategoryOf(page.section, place),
      summary: page.description,
      url: withBase(page.path, base),
      precision: place.precision,
      approximate: place.precision !== 'site',
      commune: place.commune ?? null,
      basis: place.basis ?? null,
      outsideProvince: place.outsideProvince,
    },
  };
}

/**
 * The FeatureCollection for one language. Pages of other languages are left
 * out, so a file never links across languages; features are ordered by id so
 * the file is stable from build to build.
 */
export function placesFeatureCollection(
  pages: readonly PlacePage[],
  locale: Locale,
  base: string,
): PlaceCollection {
  const features = pages
    .filter((page) => page.locale === locale)
    .map((page) => placeFeature(page, base))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set<string>();
  for (const feature of features) {
    if (ids.has(feature.id))
      throw new PlacesGeoJsonError(
        `Two ${locale} pages share the topic "${feature.id}": each topic has one page per language.`,
      );
    ids.add(feature.id);
  }
  return {
    type: 'FeatureCollection',
    metadata: {
      locale,
      count: features.length,
      note: 'precision "site" is the place itself; "commune", "district" and "city" are reference points (approximate: true).',
    },
    features,
  };
}
