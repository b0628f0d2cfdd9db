/**
 * A directions link for a point: OpenStreetMap's router with the destination
 * filled in, so the visitor chooses their own start. A plain link, never a
 * request made by our page. Six decimals, as in the GeoJSON.
 */
export function directionsUrl(lat: number, lon: number): string {
  if (!Number.isFinite(lat) || !Number.isFinite(lon))
    throw new Error(`directionsUrl: lat/lon must be numbers (got ${lat}, ${lon}).`);
  const to = `${lat.toFixed(6)},${lon.toFixed(6)}`;
  return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(to)}#map=12/${lat.toFixed(4)}/${lon.toFixed(4)}`;
}
