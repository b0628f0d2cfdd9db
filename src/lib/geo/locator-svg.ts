/**
 * A small static map — the province outline and one point — drawn as SVG at
 * build time. Place pages show it with no script, no tiles and no third-party
 * request; the interactive map loads only when the visitor asks for it.
 *
 * Projection: equirectangular with longitudes scaled by cos(latitude), which
 * at Sơn La's size (~1.5° × 1.9°) distorts shapes by well under 1%.
 */

import simplify from 'simplify-js';

type LonLat = readonly [number, number];

/**
 * The outline is drawn simplified (Ramer–Douglas–Peucker, simplify-js): points
 * closer than this to the line through their neighbours, in SVG units of a
 * 400-unit-wide drawing, are dropped. Invisible at the size it is shown, and it
 * cuts the path, inlined in every place page, to about a third.
 */
const OUTLINE_TOLERANCE = 0.6;

interface LocatorPoint {
  lat: number;
  lon: number;
  /** Radius of the "somewhere around here" circle; 0 for a surveyed site. */
  radiusMetres: number;
}

export interface LocatorInput {
  rings: readonly (readonly LonLat[])[];
  points: readonly LocatorPoint[];
  /** Width of the drawing in SVG units; height follows the shape. */
  width?: number;
}

export interface Locator {
  width: number;
  height: number;
  /** One `d` attribute for all rings (holes drawn with even-odd fill). */
  outline: string;
  /** Each input point projected, in input order; r is the uncertainty circle (0: none). */
  points: { x: number; y: number; r: number }[];
}

const METRES_PER_DEGREE = 111_320;
const round = (n: number) => Math.round(n * 10) / 10;

interface Outline {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
  /** Projected `d` strings by frame: place pages share the frame when their point lies inside. */
  drawn: Map<string, string>;
}

/**
 * The province outline is the same on every place page: its bounds are
 * measured once and its path is projected once per frame, not once per page
 * (1.5 s of a 5,000-page build went to re-projecting it).
 */
const outlines = new WeakMap<readonly (readonly LonLat[])[], Outline>();

function outlineOf(rings: readonly (readonly LonLat[])[]): Outline {
  let known = outlines.get(rings);
  if (!known) {
    let [minLon, maxLon, minLat, maxLat] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const ring of rings)
      for (const [lo, la] of ring) {
        minLon = Math.min(minLon, lo);
        maxLon = Math.max(maxLon, lo);
        minLat = Math.min(minLat, la);
        maxLat = Math.max(maxLat, la);
      }
    known = { minLon, maxLon, minLat, maxLat, drawn: new Map() };
    outlines.set(rings, known);
  }
  return known;
}

export function locatorMap({ rings, points, width = 400 }: LocatorInput): Locator {
  if (rings.length === 0 || rings[0]!.length < 3)
    throw new Error('locatorMap: the outline needs at least one ring of three points.');
  for (const { lat, lon } of points) {
    if (!Number.isFinite(lat) || !Number.isFinite(lon))
      throw new Error(`locatorMap: lat/lon must be numbers (got ${lat}, ${lon}).`);
  }
  const shape = outlineOf(rings);
  const lats = [
    shape.minLat,
    shape.maxLat,
    ...points.flatMap((p) => [
      p.lat - p.radiusMetres / METRES_PER_DEGREE,
      p.lat + p.radiusMetres / METRES_PER_DEGREE,
    ]),
  ];
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const lonRadius = (p: LocatorPoint) => p.radiusMetres / METRES_PER_DEGREE / kx;
  const lons = [
    shape.minLon,
    shape.maxLon,
    ...points.flatMap((p) => [p.lon - lonRadius(p), p.lon + lonRadius(p)]),
  ];
  // 4% margin so the outline and a point on the edge are not cut by the frame.
  const padX = (Math.max(...lons) - Math.min(...lons)) * 0.04;
  const padY = (Math.max(...lats) - Math.min(...lats)) * 0.04;
  const west = Math.min(...lons) - padX;
  const east = Math.max(...lons) + padX;
  const south = Math.min(...lats) - padY;
  const north = Math.max(...lats) + padY;
  const scale = width / ((east - west) * kx);
  const height = round((north - south) * scale);
  const project = ([lo, la]: LonLat) =>
    [round((lo - west) * kx * scale), round((north - la) * scale)] as const;
  const frame = `${west} ${north} ${kx} ${scale}`;
  let outline = shape.drawn.get(frame);
  if (outline === undefined) {
    outline = rings
      .map((ring) => {
        const projected = ring.map((p) => {
          const [x, y] = project(p);
          return { x, y };
        });
        const kept = simplify(projected, OUTLINE_TOLERANCE, true);
        return (
          (kept.length >= 3 ? kept : projected)
            .map(({ x, y }, i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`)
            .join('') + 'Z'
        );
      })
      .join('');
    shape.drawn.set(frame, outline);
  }
  return {
    width,
    height,
    outline,
    points: points.map((p) => {
      const [x, y] = project([p.lon, p.lat]);
      return { x, y, r: round((p.radiusMetres / METRES_PER_DEGREE) * scale) };
    }),
  };
}
