import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { build, type Plugin } from 'vite';
import { MDX_KIT } from '../components/mdx/kit';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';
import {
  MDX_FORMAT,
  cmsConfig,
  collectionNames,
  editorBackend,
  fileSpec,
} from '../admin/cms-config';
import { adminConnectOrigins, adminCspMeta } from '../admin/headers';
import { readField } from '../admin/zod-fields';
import { placeSchema } from '../lib/content/schemas';
import { ADMIN_DIR } from '../lib/routes/admin-path';
import { BASE_PATH, EDITOR_BACKEND, SITE_URL } from '../site.config';

/**
 * Writes the browser editor to dist/admin/, the last step of the build
 * (src/integrations/finish-build.ts: after the font subset, the search index
 * and the service worker, which so never see it):
 *
 * - editor.js + chunks/ + assets/: Sveltia CMS from its npm package (pinned in
 *   package.json) bundled with src/admin/browser/ by Vite, fonts and icons
 *   included, so nothing is fetched from a CDN. The bundle depends only on
 *   those files and is cached in node_modules/.cache, keyed by their content.
 * - config.yml: generated from the zod schemas (src/admin/cms-config.ts).
 * - site.json: the MDX kit and the site's stylesheets, for editor components and preview.
 * - index.html: noindex, its own CSP, linked from nowhere on the public site.
 */

const BROWSER_SOURCES = 'src/admin/browser';

function packageVersion(root: string, name: string): string {
  const file = join(root, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
const cmsVersion = (root: string) => packageVersion(root, '@sveltia/cms');

/** Key of the cached bundle: Sveltia's and Vite's versions, our browser sources and this file. */
function bundleKey(root: string): string {
  const hash = createHash('sha256')
    .update(cmsVersion(root))
    .update(packageVersion(root, 'vite'))
    .update(readFileSync(fileURLToPath(import.meta.url)));
  const dir = join(root, BROWSER_SOURCES);
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.test.ts')) continue;
    hash.update(name).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Sveltia's npm build registers its fonts (Source Sans 3, Noto Mono, Material
 * Symbols for the icons) from its own files with `document.fonts.add`, but its
 * UI library's stylesheet still carries @font-face rules pointing at a CDN,
 * which the browser tries first (and the CSP blocks). Drop those three rules so
 * the fonts come from /admin/assets/ and nothing is even attempted elsewhere.
 */
const CDN_FONT_FACE = /@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;
const CDN_FONT_FACES = 3;

function withoutCdnFonts(): Plugin {
  let removed = 0;
  return {
    name: 'son-la:editor-fonts-from-our-origin',
    transform(code, id) {
      if (!id.includes('/@sveltia/cms/')) return null;
      const out = code.replace(CDN_FONT_FACE, () => {
        removed += 1;
        return '';
      });
      return out === code ? null : { code: out, map: null };
    },
    buildEnd() {
      if (removed !== CDN_FONT_FACES)
        this.error(
          `Expected ${CDN_FONT_FACES} CDN @font-face rules in Sveltia CMS, removed ${removed}: its font loading changed; make sure the editor still loads no font from a CDN (tests/browser/editor.test.ts), then update src/integrations/admin.ts`,
        );
    },
  };
}

/**
 * Build (or reuse) the editor bundle; returns its folder. Built into a folder of
 * its own and then renamed, so builds of temporary copies running at the same
 * time (they share node_modules) never see a half-written bundle.
 */
async function editorBundle(root: string): Promise<string> {
  const cache = join(root, 'node_modules/.cache/son-la-admin');
  const key = bundleKey(root);
  const out = join(cache, key);
  if (existsSync(join(out, 'editor.js'))) return out;
  const work = join(cache, `${key}.${process.pid}.tmp`);
  await build({
    configFile: false,
    root,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [withoutCdnFonts()],
    build: {
      outDir: work,
      emptyOutDir: true,
      copyPublicDir: false,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      target: 'es2022',
      rollupOptions: {
        input: { editor: join(root, BROWSER_SOURCES, 'entry.ts') },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
  if (existsSync(out)) rmSync(work, { recursive: true, force: true });
  else renameSync(work, out);
  // Bundles of older versions are not needed any more.
  for (const name of readdirSync(cache))
    if (name !== key && !name.endsWith('.tmp'))
      rmSync(join(cache, name), { recursive: true, force: true });
  return out;
}

/** Each component's own CSS (unscoped), so previews of kit blocks look like the site. */
function componentCss(root: string): string {
  const dir = join(root, 'src/components/mdx');
  const css: string[] = [];
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(dir, folder.name)).filter((n) => n.endsWith('.astro'))) {
      const text = readFileSync(join(dir, folder.name, name), 'utf8');
      for (const [, style] of text.matchAll(/<style>([\s\S]*?)<\/style>/g))
        css.push(style!.replace(/:global\(([^()]*(?:\([^()]*\))?[^()]*)\)/g, '$1'));
    }
  }
  return css.join('\n');
}

/** Every stylesheet the built pages link to, and their inline styles: the site's own CSS. */
function siteStyles(dist: string): { href?: string; css?: string }[] {
  const hrefs = new Set<string>();
  const inline = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const html = readFileSync(path, 'utf8');
        for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g))
          hrefs.add(href!);
        for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) inline.add(css!);
      }
    }
  };
  walk(dist);
  if (hrefs.size === 0)
    throw new Error(`No page in ${dist} links a stylesheet: the editor preview would be unstyled`);
  // The hrefs already carry the base path (BASE_PATH), as the public pages use them.
  return [...[...hrefs].sort().map((href) => ({ href })), ...[...inline].map((css) => ({ css }))];
}

function indexHtml(): string {
  return `<!doctype html>
<html lang="${LOCALES[DEFAULT_LOCALE].htmlLang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta http-equiv="content-security-policy" content="${adminCspMeta()}" />
    <title>Biên tập nội dung / Content editor — Sơn La</title>
    <link rel="cms-config-url" type="application/yaml" href="./config.yml" />
    <script type="module" src="./editor.js"></script>
  </head>
  <body>
    <noscript>Trình biên tập cần JavaScript. / The editor needs JavaScript.</noscript>
  </body>
</html>
`;
}

/** Write the editor into `<dist>/admin/`. */
export async function writeAdmin(root: string, dist: string): Promise<void> {
  const bundle = await editorBundle(root);
  const target = join(dist, ADMIN_DIR);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(bundle, target, { recursive: true });
  const backend = editorBackend(EDITOR_BACKEND, adminConnectOrigins());
  const config = cmsConfig({ backend, siteUrl: SITE_URL, logo: `${BASE_PATH}favicon.svg` });
  writeFileSync(
    join(target, 'config.yml'),
    `# Generated by src/integrations/admin.ts from src/lib/content/schemas.ts: do not edit.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`,
  );
  const place = readField('place', 'place', placeSchema);
  const ranges =
    place.kind === 'object'
      ? Object.fromEntries(
          place.fields
            .filter((field) => field.kind === 'number')
            .map((field) => [field.name, { min: field.rules.min, max: field.rules.max }]),
        )
      : {};
  writeFileSync(
    join(target, 'site.json'),
    JSON.stringify({
      kit: MDX_KIT,
      ranges,
      format: { name: MDX_FORMAT, spec: fileSpec() },
      collections: collectionNames(),
      previewStyles: [...siteStyles(dist), { css: componentCss(root) }],
    }),
  );
  writeFileSync(join(target, 'index.html'), indexHtml());
}
