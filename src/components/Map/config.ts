import type { MapCategory, Precision } from '../../lib/geo/places-geojson';
import type { Bounds } from '../../lib/geo/framing';

/**
 * What the server hands the client, as JSON in `data-map-config`: URLs,
 * the tile source and every string in the page's language, so the client
 * bundle holds no text and no language logic of its own.
 */
export interface MapStrings {
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  approximate: string;
  directions: string;
  directionsApprox: string;
  outsideProvince: string;
  /** Templates with {{name}}, {{category}}, {{count}}, {{names}}. */
  markerLabel: string;
  markerLabelApprox: string;
  groupLabel: string;
  groupTitle: string;
  tilesUnavailable: string;
  categories: Record<MapCategory, string>;
  precision: Record<Precision, string>;
  boundaryAttribution: string;
}

export interface TileConfig {
  url: string;
  attribution: string;
  maxZoom: number;
}

interface CommonConfig {
  boundaryUrl: string;
  tiles: TileConfig;
  strings: MapStrings;
  provinceBounds: Bounds;
}

export interface ProvinceMapConfig extends CommonConfig {
  kind: 'province';
  placesUrl: string;
}

export interface PlaceMapConfig extends CommonConfig {
  kind: 'place';
  lat: number;
  lon: number;
  precision: Precision;
  title: string;
  zoom: number | undefined;
}

export type MapConfig = ProvinceMapConfig | PlaceMapConfig;
