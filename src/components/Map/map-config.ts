import type { Locale } from '../../i18n/locales';
import { resources, useTranslations } from '../../i18n/t';
import { MAP_CATEGORIES } from '../../lib/content/schemas';
import { PLACE_PRECISIONS } from '../../lib/content/schemas';
import { provinceBounds } from '../../lib/geo/inside-province';
import { BOUNDARY_DATA_PATH } from '../../lib/geo/map-paths';
import { href } from '../../site/href';
import { TILE_SOURCE } from '../../site.config';
import type { MapStrings, TileConfig } from './config';

/** The client's strings in one language, from the "map" keys of src/i18n/ui/*.json. */
function mapStrings(locale: Locale): MapStrings {
  const t = useTranslations(locale);
  const templates = resources[locale].translation.map;
  return {
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
    closePopup: t('map.closePopup'),
    approximate: t('map.approximate'),
    directions: t('map.directions'),
    directionsApprox: t('map.directionsApprox'),
    outsideProvince: t('map.outsideProvince'),
    // Templates go to the client raw; labels.ts fills them per marker.
    markerLabel: templates.markerLabel,
    markerLabelApprox: templates.markerLabelApprox,
    groupLabel: templates.groupLabel,
    groupTitle: templates.groupTitle,
    tilesUnavailable: t('map.tilesUnavailable'),
    categories: Object.fromEntries(
      MAP_CATEGORIES.map((c) => [c, t(`map.categories.${c}`)]),
    ) as MapStrings['categories'],
    precision: Object.fromEntries(
      PLACE_PRECISIONS.map((p) => [p, t(`map.precision.${p}`)]),
    ) as MapStrings['precision'],
    // Short in the map corner; the full attribution is printed on the page.
    boundaryAttribution: t('map.boundaryShort'),
  };
}

/** Settings shared by both kinds of map. */
export function commonMapConfig(locale: Locale): {
  boundaryUrl: string;
  tiles: TileConfig;
  strings: MapStrings;
  provinceBounds: ReturnType<typeof provinceBounds>;
} {
  return {
    boundaryUrl: href(BOUNDARY_DATA_PATH),
    tiles: {
      url: TILE_SOURCE.url,
      attribution: TILE_SOURCE.attribution,
      maxZoom: TILE_SOURCE.maxZoom,
    },
    strings: mapStrings(locale),
    provinceBounds: provinceBounds(),
  };
}
