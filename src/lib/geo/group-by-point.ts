/**
 * Several places share one reference point exactly (a former district seat
 * stands for every relic in that district). Leaflet would stack their markers
 * so only the top one could be clicked or reached with Tab. Instead they become
 * one marker whose popup lists them all: one tab stop, one accessible name,
 * nothing hidden. Points that are merely close stay separate markers: at the
 * province's scale they are distinguishable once zoomed in.
 */
export interface PointItem {
  lat: number;
  lon: number;
}

export interface PointGroup<T extends PointItem> {
  key: string;
  lat: number;
  lon: number;
  items: T[];
}

/** Same point = same coordinates at 1e-6° (~0.1 m), the precision the GeoJSON keeps. */
export function pointKey(lat: number, lon: number): string {
  return `${lat.toFixed(6)},${lon.toFixed(6)}`;
}

/** Groups in order of first appearance; items keep their input order within a group. */
export function groupByPoint<T extends PointItem>(items: readonly T[]): PointGroup<T>[] {
  const groups = new Map<string, PointGroup<T>>();
  for (const item of items) {
    const key = pointKey(item.lat, item.lon);
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { key, lat: item.lat, lon: item.lon, items: [item] });
  }
  return [...groups.values()];
}
