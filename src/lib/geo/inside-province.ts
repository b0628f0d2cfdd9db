import boundary from '../../data/son-la-boundary.geo.json';

type Ring = [number, number][];

const rings: Ring[] = (() => {
  const geometry = boundary.features[0]?.geometry as { type: string; coordinates: unknown };
  if (geometry?.type === 'Polygon') return geometry.coordinates as Ring[];
  if (geometry?.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).flat();
  throw new Error('src/data/son-la-boundary.geo.json: expected a Polygon or MultiPolygon feature.');
})();

/** Ray casting over one ring; [lon, lat] order as in GeoJSON. */
function insideRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const crosses = yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi;
    if (crosses) inside = !inside;
  }
  return inside;
}

/**
 * Whether a point lies inside Sơn La's outline (geoBoundaries ADM1, a coarse trace).
 * The outer ring decides; holes, if the outline ever has any, exclude.
 */
export function isInsideSonLa(lat: number, lon: number): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !insideRing(lon, lat, outer)) return false;
  return !holes.some((hole) => insideRing(lon, lat, hole));
}

/** The outline's rings, [lon, lat] pairs, outer ring first: for drawing it. */
export function provinceRings(): readonly Ring[] {
  return rings;
}

/** Bounding box of the outline, [[south, west], [north, east]] — for map framing. */
export function provinceBounds(): [[number, number], [number, number]] {
  const points = rings.flat();
  const lats = points.map(([, lat]) => lat);
  const lons = points.map(([lon]) => lon);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}
