/**
 * Deployment settings, each one place. `SITE_URL` is the public origin used for
 * canonical, hreflang and sitemap URLs; `BASE_PATH` hosts the site under a
 * sub-path of the provincial portal (e.g. `/quoc-te/`).
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://portal.sonla.example';
export const BASE_PATH = process.env.BASE_PATH ?? '/';

/**
 * The map tile source (src/components/Map/README.md, "Tiles"). OpenStreetMap's standard tiles
 * need the attribution below and a Referer; no bulk or offline prefetching.
 */
export const TILE_SOURCE = {
  url: process.env.TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  origin: process.env.TILE_ORIGIN ?? 'https://tile.openstreetmap.org',
  attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  maxZoom: 19,
};
