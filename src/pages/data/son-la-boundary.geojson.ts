import type { APIRoute } from 'astro';
import boundary from '../../data/son-la-boundary.geo.json';

/** The province outline, published as is for the maps and for reuse (attribution: son-la-boundary.SOURCE.md). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(boundary), { headers: { 'content-type': 'application/geo+json' } });
