/**
 * Serving a built site on 127.0.0.1 and driving Debian's Chromium over it: one
 * implementation for the tests, `npm run lighthouse` and `npm run bench:search`.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/** Debian's Chromium (`apt-get install chromium`); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a closed network: without the background-networking ones Chromium
 * keeps trying to reach Google's services and those connections are refused.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** @typedef {{ origin: string, close: () => Promise<void> }} RunningServer */

/**
 * Serve `root` at a free port the way a static host or CDN does: `/x/` →
 * `/x/index.html`, hashed assets cached for a year, unknown paths → the
 * language's 404 page with status 404. `base` mirrors a sub-path deployment.
 * @param {string} root
 * @param {{ base?: string }} [options]
 * @returns {Promise<RunningServer>}
 */
export function serveStatic(root, { base = '/' } = {}) {
  const prefix = base.replace(/\/+$/, '');
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (prefix && !path.startsWith(`${prefix}/`) && path !== prefix) {
      res.writeHead(404).end('outside base');
      return;
    }
    path = path.slice(prefix.length) || '/';
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      // A language's own 404 page for paths under it (`/<lang>/…`), else the bilingual one.
      const lang = /^\/([a-z]{2})\//.exec(path)?.[1];
      const localized = lang ? join(root, lang, '404', 'index.html') : '';
      const notFound = localized && existsSync(localized) ? localized : join(root, '404.html');
      res.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    /** @type {Record<string, string>} */
    const headers = { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
    if (path.startsWith('/_astro/'))
      headers['cache-control'] = 'public, max-age=31536000, immutable';
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}
