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

/**
 * The git host the browser editor at /admin/ saves to (docs/editing.en.md).
 * CMS_BACKEND: github | gitlab | gitea (Gitea and Forgejo); CMS_REPO: owner/name;
 * CMS_API_ROOT: the API of a self-hosted GitLab/Gitea/Forgejo; CMS_OAUTH_URL and
 * CMS_OAUTH_APP_ID: OAuth sign-in (without them, editors use a personal access token).
 */
export const EDITOR_BACKEND = {
  name: process.env.CMS_BACKEND ?? 'github',
  repo: process.env.CMS_REPO ?? 'sonla-example/international-portal',
  branch: process.env.CMS_BRANCH ?? 'main',
  apiRoot: process.env.CMS_API_ROOT,
  oauthBaseUrl: process.env.CMS_OAUTH_URL,
  oauthAppId: process.env.CMS_OAUTH_APP_ID,
};
