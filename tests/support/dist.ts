import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site that `npm test` produced with `npm run build`. */
export const DIST = process.env.DIST_DIR
  ? resolve(process.env.DIST_DIR)
  : join(process.cwd(), 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every built file, as a site path with `/` separators (e.g. `/vi/index.html`). */
export function builtFiles(): string[] {
  requireDist();
  return walk(DIST).map((file) => `/${relative(DIST, file).split(sep).join('/')}`);
}

export interface BuiltPage {
  /** URL path, e.g. `/vi/di-tich/lao-kho/`. */
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

let pages: BuiltPage[] | undefined;

/** The browser editor's folder (src/integrations/admin.ts): not a public page, tested on its own. */
export const ADMIN_PREFIX = '/admin/';

/** Every public HTML page of the built site, parsed once per test file. */
export function builtPages(): BuiltPage[] {
  pages ??= builtFiles()
    .filter(
      (path) =>
        path.endsWith('.html') && !path.startsWith('/pagefind/') && !path.startsWith(ADMIN_PREFIX),
    )
    .map((path) => {
      const file = join(DIST, path);
      const html = readFileSync(file, 'utf8');
      return { path: path.replace(/index\.html$/, ''), file, html, doc: parse(html) };
    });
  return pages;
}

/** Localized pages only (`/vi/…`, `/en/…`), the ones that must come in pairs. */
export function localizedPages(): BuiltPage[] {
  return builtPages().filter((page) => /^\/(vi|en)\//.test(page.path));
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
