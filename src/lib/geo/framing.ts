/** [[south, west], [north, east]], the shape Leaflet's fitBounds takes. */
export type Bounds = [[number, number], [number, number]];

/**
 * The view a map opens on: the province, stretched to take in every point, so
 * partner places in Laos are on screen from the start rather than off the edge.
 */
export function framingBounds(
  province: Bounds,
  points: readonly { lat: number; lon: number }[],
): Bounds {
  let [[south, west], [north, east]] = province;
  for (const { lat, lon } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return [
    [south, west],
    [north, east],
  ];
}
