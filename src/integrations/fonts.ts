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
import { addDrawnCharacters, subsetText } from '../lib/fonts/characters';
import { contentHash, walkFiles } from './dist-files';

/**
 * Be Vietnam Pro, self-hosted, one WOFF2 file per weight, subset at build time
 * to the characters the built pages use (docs/adr/0004-font-subset-at-build.md).
 *
 * 1. `astro:config:setup` writes a placeholder subset per weight (Latin and
 *    the whole Vietnamese alphabet) to node_modules/.cache/son-la-fonts/, which
 *    `@son-la-fonts/…` resolves to. `astro dev` shows it; Vite hashes it into
 *    `_astro/` like any asset, so CSS and the preload links point at it.
 * 2. `astro:build:done` reads every built page, subsets the full fonts to the
 *    characters found (plus a floor: ASCII and all Vietnamese letters), writes
 *    them under a name hashed from their own bytes, and rewrites the
 *    references: the CSS that declares them gets a new hashed name too (its
 *    content changed), and the pages are updated to the new names. Hashed
 *    assets stay immutable: a changed font never hides behind an old name.
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
 * files. Only the OpenType features text needs (kerning, standard ligatures,
 * contextual alternates, mark positioning for combining accents): the font's
 * alternates, small caps, fractions and ordinals pull in hundreds of glyphs.
 */
const SUBSET_OPTIONS = {
  targetFormat: 'woff2',
  noHinting: true,
  keepFeatures: ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk'],
} as const;

function subsetWeight(weight: Weight, text: string): Promise<Buffer> {
  return subsetFont(readFileSync(sourceFontPath(weight)), text, {
    ...SUBSET_OPTIONS,
    keepFeatures: [...SUBSET_OPTIONS.keepFeatures],
  });
}

/** The placeholder's characters: the floor plus Latin-1, Latin Extended-A and common punctuation. */
const PLACEHOLDER_RANGES: [number, number][] = [
  [0xa0, 0x17f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ab, 0x20ac],
];
const placeholderText = () =>
  subsetText(
    PLACEHOLDER_RANGES.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
    ),
  );

const fontCacheDir = (root: string) => join(root, 'node_modules', '.cache', 'son-la-fonts');

/** Write the placeholder fonts once (they only change with the source font or the options). */
async function writePlaceholders(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const text = placeholderText();
  for (const weight of WEIGHT_LIST) {
    const file = join(dir, fontFileName(weight));
    const key = contentHash(
      JSON.stringify([readFileSync(sourceFontPath(weight)).length, SUBSET_OPTIONS, text]),
    );
    const keyFile = `${file}.key`;
    if (existsSync(file) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) continue;
    // Written aside and renamed: builds of site copies share node_modules and may run at once.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, await subsetWeight(weight, text));
    renameSync(temp, file);
    writeFileSync(keyFile, key);
  }
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
  files: { weight: Weight; name: string; bytes: number }[];
}

/** Step 2 (see the top of this file) on a built site. */
export async function finalizeFonts(dist: string, assetsDir = '_astro'): Promise<FontReport> {
  const assets = join(dist, assetsDir);
  const placeholders = readdirSync(assets).filter((name) => BUILT_FONT.test(name));
  const missing = WEIGHT_LIST.filter(
    (w) => !placeholders.some((name) => name.startsWith(`be-vietnam-pro-${w}.`)),
  );
  if (missing.length > 0) {
    throw new Error(
      `The site font is missing from ${assets} for weight ${missing.join(', ')}: ` +
        `src/components/SiteFont must reference ${FONT_ALIAS}/${fontFileName(missing[0]!)} so Vite emits it.`,
    );
  }
  const found = new Set<string>();
  for (const file of walkFiles(dist, [assetsDir, 'pagefind'])) {
    if (/\.(?:html|geojson)$/.test(file)) addDrawnCharacters(readFileSync(file, 'utf8'), found);
  }
  const text = subsetText(found);
  const renames = new Map<string, string>();
  const files: FontReport['files'] = [];
  for (const old of placeholders) {
    const weight = Number(BUILT_FONT.exec(old)![1]) as Weight;
    const font = await subsetWeight(weight, text);
    const name = `be-vietnam-pro-${weight}.${contentHash(font)}.woff2`;
    writeFileSync(join(assets, name), font);
    if (name !== old) rmSync(join(assets, old));
    renames.set(old, name);
    files.push({ weight, name, bytes: font.length });
  }
  rewriteReferences(dist, assetsDir, renames);
  return { characters: [...text].length, files };
}

/** Step 1 (the placeholders and the `@son-la-fonts` alias); step 2 runs in finish-build.ts. */
export function fontsIntegration(): AstroIntegration {
  return {
    name: 'son-la:fonts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const dir = fontCacheDir(fileURLToPath(config.root));
        await writePlaceholders(dir);
        updateConfig({ vite: { resolve: { alias: { [FONT_ALIAS]: dir } } } });
      },
    },
  };
}
