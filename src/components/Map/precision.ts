import type { Precision } from '../../lib/geo/places-geojson';

/**
 * How far the true place may be from an approximate point, drawn as a circle on
 * place maps. Rough on purpose: a commune in Sơn La spans a few km, a former
 * district tens of km; the circle says "somewhere around here", not a boundary.
 */
export function uncertaintyRadiusMetres(precision: Precision): number {
  return { site: 0, commune: 3_000, district: 12_000, city: 4_000 }[precision];
}

/** Default zoom of a place map: closer for a surveyed site, wider for a reference point. */
export function placeZoom(precision: Precision): number {
  return { site: 13, commune: 11, district: 9, city: 11 }[precision];
}
