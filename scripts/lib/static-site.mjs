/**
 * Serving a built site on 127.0.0.1 and driving Debian's Chromium over it: one
 * implementation for the tests, `npm run lighthouse` and `npm run bench:search`.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/**
 * Every host but 127.0.0.1 fails to resolve, as on a closed network. For
 * tests where the HTTP cache must behave as in real life: Playwright's
 * request interception (`route`), the other way to block requests, turns the
 * HTTP cache off.
 */
export const NO_OUTSIDE_HOSTS = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1';

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
  '.webmanifest': 'application/manifest+json',
};

/**
 * @typedef {{ origin: string, served: Served[], overrides: Map<string, Buffer>, close: () => Promise<void> }} RunningServer
 * `served`: every response sent, with its bytes on the wire (gzip counted);
 * `overrides`: site path → bytes served instead of the file (e.g. a new sw.js).
 */

/**
 * Types a host compresses on the fly. Fonts, images and Pagefind's `.pf_*` /
 * `.pagefind` files are compressed already, so hosts send them as they are.
 */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|geo\+json|xml|manifest\+json)|image\/svg)/;

/**
 * @typedef {{ path: string, status: number, bytes: number, type: string, encoding: string }} Served
 * One response as it left the server: `bytes` is the body on the wire (gzip counted).
 */

/**
 * Serve `root` at a free port the way a static host or CDN does: `/x/` →
 * `/x/index.html`, text compressed with gzip when the browser accepts it,
 * hashed assets cached for a year, unknown paths → the language's 404 page
 * with status 404. `base` mirrors a sub-path deployment. Every response is
 * appended to `served` (bytes on the wire), so byte budgets are counted where a
 * host would count them, service-worker and Web Worker requests included.
 * `overrides` (site path → bytes) stands in for files, e.g. a new sw.js to test updates.
 * @param {string} root
 * @param {{ base?: string, gzip?: boolean }} [options]
 * @returns {Promise<RunningServer>}
 */
export function serveStatic(root, { base = '/', gzip = true } = {}) {
  /** @type {Map<string, Buffer>} */
  const overrides = new Map();
  // withoutBase (src/lib/routes/paths.ts) in plain JS: scripts run by node cannot import TS.
  const prefix = base.replace(/\/+$/, '');
  /** @type {Served[]} */
  const served = [];
  /** @type {Map<string, Buffer>} */
  const compressed = new Map();
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} file
   * @param {Record<string, string>} headers
   * @param {Buffer} [override]
   */
  const send = (req, res, status, file, headers, override) => {
    const type = headers['content-type'] ?? '';
    let body = override ?? readFileSync(file);
    let encoding = 'identity';
    if (
      gzip &&
      COMPRESSIBLE.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding']))
    ) {
      let zipped = override ? undefined : compressed.get(file);
      if (!zipped) zipped = gzipSync(body, { level: 9 });
      if (!override) compressed.set(file, zipped);
      body = zipped;
      encoding = 'gzip';
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    served.push({ path: req.url ?? '', status, bytes: body.length, type, encoding });
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
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
      if (existsSync(notFound))
        send(req, res, 404, notFound, { 'content-type': CONTENT_TYPES['.html'] ?? '' });
      else res.writeHead(404).end('not found');
      return;
    }
    /** @type {Record<string, string>} */
    const headers = { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
    if (path.startsWith('/_astro/'))
      headers['cache-control'] = 'public, max-age=31536000, immutable';
    // As public/_headers asks of hosts: the browser checks for a new worker on every visit.
    if (path === '/sw.js') headers['cache-control'] = 'no-cache';
    send(req, res, 200, file, headers, overrides.get(path));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        origin: `http://127.0.0.1:${port}`,
        served,
        overrides,
        // Keep-alive connections would hold close() open; a stopped server drops them, like a lost network.
        close: () =>
          new Promise((done) => {
            server.close(() => done(undefined));
            server.closeAllConnections();
          }),
      });
    });
  });
}
