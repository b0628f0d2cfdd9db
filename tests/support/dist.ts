import { filesUnder } from '../../src/site/files';
import { localeOfPath } from '../../src/lib/routes/paths';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ADMIN_DIR } from '../../src/lib/routes/admin-path';

/** The built site that `npm test` produced with `npm run build`. */
export const DIST = process.env.DIST_DIR
  ? resolve(process.env.DIST_DIR)
  : join(process.cwd(), 'dist');

function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
  }
}

/** Every built file, as a site path with `/` separators (e.g. `/vi/index.html`). */
export function builtFiles(): string[] {
  requireDist();
  return filesUnder(DIST).map((path) => `/${path}`);
}

/** The browser editor's folder (src/integrations/admin.ts): not a public page, tested on its own. */
export const ADMIN_PREFIX = `/${ADMIN_DIR}/`;

/** Site paths (`/vi/`, `/404.html`) of the public HTML pages of a built site in `dir` (no search UI, no editor). */
export function htmlPagesIn(dir: string): string[] {
  return filesUnder(dir)
    .map((path) => `/${path}`)
    .filter(
      (path) =>
        path.endsWith('.html') && !path.startsWith('/pagefind/') && !path.startsWith(ADMIN_PREFIX),
    )
    .map((path) => path.replace(/index\.html$/, ''));
}

export interface BuiltPage {
  /** URL path, e.g. `/vi/di-tich/lao-kho/`. */
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

let pages: BuiltPage[] | undefined;

/** Every public HTML page of the built site, parsed once per test file. */
export function builtPages(): BuiltPage[] {
  requireDist();
  pages ??= htmlPagesIn(DIST).map((path) => {
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    const html = readFileSync(file, 'utf8');
    return { path, file, html, doc: parse(html) };
  });
  return pages;
}

/** Localized pages only (`/vi/…`, `/en/…`), the ones that must come in pairs. */
export function localizedPages(): BuiltPage[] {
  return builtPages().filter((page) => localeOfPath(page.path) !== undefined);
}

export function pageAt(path: string): BuiltPage {
  const page = builtPages().find((p) => p.path === path);
  if (!page) throw new Error(`No built page at ${path}`);
  return page;
}

/** Does a site path (no query, no hash) resolve to a file in dist/? */
export function resolves(path: string): boolean {
  const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.some((file) => existsSync(file) && statSync(file).isFile());
}
