import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { CharacterCollector, subsetText } from '../lib/fonts/characters';
import { contentHash, walkFiles } from './dist-files';

/**
 * Be Vietnam Pro, self-hosted, one WOFF2 file per weight, subset at build time
 * to the characters the built pages use (docs/adr/0006-font-subset-at-build.md).
 *
 * 1. `astro:config:setup` reads the characters of the sources (content, UI
 *    strings, components) plus a floor (ASCII and every Vietnamese letter) and
 *    subsets both weights into node_modules/.cache/son-la-fonts/, which
 *    `@son-la-fonts/…` resolves to. Vite names them by content in `_astro/`,
 *    so CSS and the preload links point at the final files; `astro dev` too.
 * 2. After the build (finish-build.ts) every built page is read: if one shows
 *    a character the subset lacks (made by code, not written in a source),
 *    both weights are subset again and renamed by their new bytes, and every
 *    reference follows: the CSS that declares them is renamed by its new
 *    content, pages are rewritten, and the CSP hash of a changed inline block
 *    is updated. Hashed assets stay immutable either way.
 */

/** The weights the site draws: text and bold (`font-weight: 600` is drawn with 700). */
const WEIGHTS = { 400: '400Regular', 700: '700Bold' } as const;
type Weight = keyof typeof WEIGHTS;
const WEIGHT_LIST = Object.keys(WEIGHTS).map(Number) as Weight[];

/** The alias CSS and components use for the font files (`@son-la-fonts/be-vietnam-pro-400.woff2`). */
const FONT_ALIAS = '@son-la-fonts';
const fontFileName = (weight: Weight) => `be-vietnam-pro-${weight}.woff2`;
/** A built font, as Vite names it (`be-vietnam-pro-400.Ab12_x-Z.woff2`) and as this step renames it. */
const BUILT_FONT = /^be-vietnam-pro-(\d{3})\.[\w-]{8}\.woff2$/;

const require = createRequire(import.meta.url);

/** The complete Google Fonts release of Be Vietnam Pro (all glyphs), from npm. */
function sourceFontPath(weight: Weight): string {
  const dir = WEIGHTS[weight];
  return require.resolve(`@expo-google-fonts/be-vietnam-pro/${dir}/BeVietnamPro_${dir}.ttf`);
}

/**
 * What hb-subset keeps besides the glyphs. No hinting: phones and macOS ignore
 * TrueType hints and modern Windows needs few at text sizes; it halves the
 * files. Only the OpenType features text needs (kerning, composition and
 * mark positioning for combining accents, local forms): the font's ligatures,
 * alternates, small caps, fractions and ordinals pull in glyphs a body text
 * never shows (dropping "liga" and "calt" saved 0.6 KB; no visible change).
 */
const SUBSET_OPTIONS = {
  targetFormat: 'woff2',
  noHinting: true,
  keepFeatures: ['kern', 'ccmp', 'locl', 'mark', 'mkmk'],
} as const;

function subsetWeight(weight: Weight, text: string): Promise<Buffer> {
  return subsetFont(readFileSync(sourceFontPath(weight)), text, {
    ...SUBSET_OPTIONS,
    keepFeatures: [...SUBSET_OPTIONS.keepFeatures],
  });
}

/**
 * One folder per set of characters and options: builds of different site
 * copies share node_modules (tests, the benchmark) and may run at once.
 */
const fontCacheDir = (root: string, key: string) =>
  join(root, 'node_modules', '.cache', 'son-la-fonts', key);

/**
 * Where the pages' text comes from: the content, the UI strings and the
 * components' own words (CSS `content:` included: the breadcrumb's "›").
 * Build tooling is left out (the checker's and the build's messages never
 * reach a page); comments elsewhere may add a character too many, never too
 * few. What code composes at build time is checked on the built pages.
 */
const BUILD_TOOLING = /[/\\]src[/\\](?:integrations|service-worker|site|lib[/\\]content)[/\\]/;

function sourceCharacters(root: string): CharacterCollector {
  const collector = new CharacterCollector();
  for (const [dir, pattern] of [
    ['content', /\.(?:mdx?|json|ya?ml)$/],
    ['src', /(?<!\.test)\.(?:astro|ts|json|css)$/],
  ] as const) {
    if (!existsSync(join(root, dir))) continue;
    for (const file of walkFiles(join(root, dir)))
      if (pattern.test(file) && !BUILD_TOOLING.test(file))
        collector.add(readFileSync(file, 'utf8'));
  }
  return collector;
}

/** The sources' characters (with the floor) and the cache folder of their subsets. */
function sourceSubset(root: string): { text: string; dir: string } {
  const text = subsetText(sourceCharacters(root).found);
  const sizes = WEIGHT_LIST.map((w) => readFileSync(sourceFontPath(w)).length);
  return {
    text,
    dir: fontCacheDir(root, contentHash(JSON.stringify([sizes, SUBSET_OPTIONS, text]))),
  };
}

/**
 * Subset both weights to the characters of the sources, into the cache folder
 * the `@son-la-fonts` alias points at; Vite then names them by their content.
 * Reused while the characters, the source font and the options stay the same.
 */
async function writeSubsets(root: string): Promise<string> {
  const { text, dir } = sourceSubset(root);
  mkdirSync(dir, { recursive: true });
  for (const weight of WEIGHT_LIST) {
    const file = join(dir, fontFileName(weight));
    if (existsSync(file)) continue;
    // Written aside and renamed, so a build running at the same time never reads half a file.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, await subsetWeight(weight, text));
    renameSync(temp, file);
  }
  return dir;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names: Iterable<string>) => new RegExp([...names].map(escapeRegExp).join('|'), 'g');
const HASHED_TEXT_ASSET = /^(.*)\.[\w-]{8}(\.(?:css|m?js))$/;

/**
 * After files in `<dist>/<assetsDir>` were renamed (`renames`: old → new file
 * name), make every reference follow: a hashed CSS/JS asset that mentions an
 * old name is rewritten and renamed by its new content (which may cascade to
 * assets that mention it), then every page and text file is updated.
 */
export function rewriteReferences(
  dist: string,
  assetsDir: string,
  renames: Map<string, string>,
): void {
  const assets = join(dist, assetsDir);
  const replaceAll = (text: string) => text.replace(anyOf(renames.keys()), (m) => renames.get(m)!);
  let pending = [...renames.keys()];
  while (pending.length > 0) {
    const mentions = anyOf(pending);
    pending = [];
    for (const name of readdirSync(assets)) {
      if (!/\.(?:css|m?js)$/.test(name)) continue;
      const file = join(assets, name);
      const text = readFileSync(file, 'utf8');
      if (!text.match(mentions)) continue;
      const updated = replaceAll(text);
      const hashed = HASHED_TEXT_ASSET.exec(name);
      if (!hashed) {
        writeFileSync(file, updated);
        continue;
      }
      const renamed = `${hashed[1]}.${contentHash(updated)}${hashed[2]}`;
      writeFileSync(join(assets, renamed), updated);
      if (renamed !== name) rmSync(file);
      renames.set(name, renamed);
      pending.push(name);
    }
  }
  const every = anyOf(renames.keys());
  const rehashed = new Map<string, string>();
  for (const file of walkFiles(dist, [assetsDir, 'pagefind'])) {
    if (!/\.(?:html|xml|json|webmanifest|txt)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (!text.match(every)) continue;
    writeFileSync(
      file,
      file.endsWith('.html') ? rewritePage(text, replaceAll, rehashed) : replaceAll(text),
    );
  }
}

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Rewrite one page. Astro inlines small stylesheets as <style> and allows each
 * by its hash in the page's CSP; an inline block whose text changed gets its
 * new hash in the policy, so the CSP stays strict and still lets it apply.
 * `rehashed` caches old → new hashes across pages (they share their blocks).
 */
export function rewritePage(
  html: string,
  replaceAll: (text: string) => string,
  rehashed = new Map<string, string>(),
): string {
  const changed: [string, string][] = [];
  const blocks = html.replace(
    /(<(style|script)\b[^>]*>)([\s\S]*?)(<\/\2>)/g,
    (whole, open: string, _tag, body: string, close: string) => {
      const updated = replaceAll(body);
      if (updated === body) return whole;
      const before = cspHash(body);
      let after = rehashed.get(before);
      if (!after) rehashed.set(before, (after = cspHash(updated)));
      changed.push([before, after]);
      return `${open}${updated}${close}`;
    },
  );
  let page = replaceAll(blocks);
  for (const [before, after] of changed) page = page.replaceAll(before, after);
  return page;
}

export interface FontReport {
  characters: number;
  /** Characters the pages showed beyond the sources' (subset again and renamed); usually none. */
  resubset: string[];
  files: { weight: Weight; name: string; bytes: number }[];
}

/**
 * Step 2 (see the top of this file) on a built site: read every page; if one
 * shows a character the fonts lack, subset again with it and rename.
 */
export async function finalizeFonts(
  dist: string,
  assetsDir = '_astro',
  root = process.cwd(),
): Promise<FontReport> {
  const assets = join(dist, assetsDir);
  const built = readdirSync(assets).filter((name) => BUILT_FONT.test(name));
  const absent = WEIGHT_LIST.filter(
    (w) => !built.some((name) => name.startsWith(`be-vietnam-pro-${w}.`)),
  );
  if (absent.length > 0) {
    throw new Error(
      `The site font is missing from ${assets} for weight ${absent.join(', ')}: ` +
        `src/components/SiteFont must reference ${FONT_ALIAS}/${fontFileName(absent[0]!)} so Vite emits it.`,
    );
  }
  const pages = new CharacterCollector();
  for (const file of walkFiles(dist, [assetsDir, 'pagefind'])) {
    if (/\.(?:html|geojson)$/.test(file)) pages.add(readFileSync(file, 'utf8'));
  }
  // The same characters the fonts were made from in step 1 (the sources have not changed since).
  const made = sourceSubset(root).text;
  const missing = pages.missingFrom(made);
  const size = (name: string) => readFileSync(join(assets, name)).length;
  if (missing.length === 0) {
    return {
      characters: [...made].length,
      resubset: [],
      files: built.map((name) => ({
        weight: Number(BUILT_FONT.exec(name)![1]) as Weight,
        name,
        bytes: size(name),
      })),
    };
  }
  const text = subsetText([...made, ...missing]);
  const renames = new Map<string, string>();
  const files: FontReport['files'] = [];
  for (const old of built) {
    const weight = Number(BUILT_FONT.exec(old)![1]) as Weight;
    const font = await subsetWeight(weight, text);
    const name = `be-vietnam-pro-${weight}.${contentHash(font)}.woff2`;
    writeFileSync(join(assets, name), font);
    if (name !== old) rmSync(join(assets, old));
    renames.set(old, name);
    files.push({ weight, name, bytes: font.length });
  }
  rewriteReferences(dist, assetsDir, renames);
  return { characters: [...text].length, resubset: missing, files };
}

/** Step 1 (the subsets and the `@son-la-fonts` alias); step 2 runs in finish-build.ts. */
export function fontsIntegration(): AstroIntegration {
  return {
    name: 'son-la:fonts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const dir = await writeSubsets(fileURLToPath(config.root));
        updateConfig({ vite: { resolve: { alias: { [FONT_ALIAS]: dir } } } });
      },
    },
  };
}
