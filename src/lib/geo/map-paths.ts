import type { Locale } from '../../i18n/locales';
import { sectionPath } from '../routes/paths';

/**
 * Where the map's open data lives: the places file beside each map page
 * (`/vi/ban-do/dia-diem.geojson`, `/en/map/places.geojson`), the outline once
 * for both languages. Paths are without the deployment base.
 */
export const PLACES_FILE_NAME = { vi: 'dia-diem', en: 'places' } as const satisfies Record<
  Locale,
  string
>;

export function placesDataPath(locale: Locale): string {
  return `${sectionPath(locale, 'map')}${PLACES_FILE_NAME[locale]}.geojson`;
}

export const BOUNDARY_DATA_PATH = '/data/son-la-boundary.geojson';
