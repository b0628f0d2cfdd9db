import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALE_CODES, type Locale } from '../../../i18n/locales';
import { SECTIONS } from '../../../lib/routes/sections';
import { PLACES_FILE_NAME } from '../../../lib/geo/map-paths';
import { sitePlaces } from '../../../site/places';

/**
 * The places of one language as GeoJSON, beside that language's map page:
 * `/vi/ban-do/dia-diem.geojson`, `/en/map/places.geojson` (see map-paths.ts).
 * Three params rather than a fixed path so each language keeps its own words.
 */
export const getStaticPaths = (() =>
  LOCALE_CODES.map((locale) => ({
    params: { locale, map: SECTIONS.map.segment[locale], file: PLACES_FILE_NAME[locale] },
    props: { locale },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const collection = await sitePlaces(props.locale);
  return new Response(JSON.stringify(collection, null, 1), {
    headers: { 'content-type': 'application/geo+json' },
  });
};
