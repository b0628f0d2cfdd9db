import type { Locale } from '../i18n/locales';
import { loadSite, entryOf } from './load';
import type { Place } from '../lib/content/schemas';
import { BASE_PATH } from '../site.config';
import {
  placesFeatureCollection,
  type PlaceCollection,
  type PlacePage,
} from '../lib/geo/places-geojson';

/**
 * The published pages that carry a `place`, read from the route table (so
 * drafts and untranslated topics are already excluded) and their entries.
 * The only impure step between the content and the GeoJSON.
 */
async function sitePlacePages(): Promise<PlacePage[]> {
  const site = await loadSite();
  return site.routes.flatMap((route) => {
    if (route.kind !== 'topic') return [];
    const data = entryOf(site, route)?.data;
    if (!data || !('place' in data) || !data.place) return [];
    return [
      {
        locale: route.locale,
        section: route.section,
        topicKey: route.pairKey,
        path: route.path,
        title: data.title,
        description: data.description,
        place: data.place as Place,
      },
    ];
  });
}

/** One language's places, URLs under the deployment base (our setting, as href.ts explains). */
export async function sitePlaces(locale: Locale): Promise<PlaceCollection> {
  return placesFeatureCollection(await sitePlacePages(), locale, BASE_PATH);
}
