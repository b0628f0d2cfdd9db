/**
 * The folder of the browser editor in the built site (`dist/admin/`, served at
 * `<base>admin/`): written by src/integrations/admin.ts, left out of the
 * service worker's routes, the public-page tests and the sitemap.
 */
export const ADMIN_DIR = 'admin';
