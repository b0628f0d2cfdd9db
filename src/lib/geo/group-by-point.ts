/**
 * Several places share one reference point exactly (a former district seat
 * stands for every relic in that district). Leaflet would stack their markers
 * so only the top one could be clicked or reached with Tab. Instead they become
 * one marker whose popup lists them all: one tab stop, one accessible name,
 * nothing hidden. Points that are merely close are grouped first by
 * `groupByPoint` as separate groups; `mergeCloseGroups` then merges groups
 * closer than the WCAG 2.2 target spacing at the current zoom.
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

export interface ScreenPoint {
  x: number;
  y: number;
}

/** A marker on screen: one or more point groups too close to tell apart at this zoom. */
export interface MarkerCluster<T extends PointItem> {
  key: string;
  lat: number;
  lon: number;
  /** The distinct points merged here; more than one means the places are only near each other. */
  groups: PointGroup<T>[];
  items: T[];
}

/**
 * Merges point groups whose markers would sit closer than `minDistance` pixels at
 * the current zoom, so every marker keeps the spacing WCAG 2.2 asks of targets
 * (2.5.8: 24 px). Greedy and stable: a group joins the first cluster whose first
 * point is within reach. The marker stands at the mean of its points; zooming in
 * (a new projection) splits clusters again.
 */
export function mergeCloseGroups<T extends PointItem>(
  groups: readonly PointGroup<T>[],
  project: (lat: number, lon: number) => ScreenPoint,
  minDistance: number,
): MarkerCluster<T>[] {
  const clusters: { anchor: ScreenPoint; cluster: MarkerCluster<T> }[] = [];
  for (const group of groups) {
    const at = project(group.lat, group.lon);
    const near = clusters.find(
      ({ anchor }) => Math.hypot(anchor.x - at.x, anchor.y - at.y) < minDistance,
    );
    if (near) {
      near.cluster.groups.push(group);
      near.cluster.items.push(...group.items);
      near.cluster.key += `|${group.key}`;
    } else {
      clusters.push({
        anchor: at,
        cluster: {
          key: group.key,
          lat: group.lat,
          lon: group.lon,
          groups: [group],
          items: [...group.items],
        },
      });
    }
  }
  return clusters.map(({ cluster }) => {
    const n = cluster.groups.length;
    return n === 1
      ? cluster
      : {
          ...cluster,
          lat: cluster.groups.reduce((s, g) => s + g.lat, 0) / n,
          lon: cluster.groups.reduce((s, g) => s + g.lon, 0) / n,
        };
  });
}
