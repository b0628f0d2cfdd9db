import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { convert } from 'fontverter';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { DIST, builtFiles, builtPages } from '../support/dist';
import { VIETNAMESE_LETTERS } from '../../src/lib/fonts/characters';

/**
 * The self-hosted font, subset at build time (src/integrations/fonts.ts):
 * one WOFF2 per weight, and every character a page shows is in both files.
 * The characters are read here independently of the build: text and the
 * attributes a browser draws, from the parsed pages.
 */
const fonts = builtFiles().filter((path) =>
  /^\/_astro\/be-vietnam-pro-\d{3}\.[\w-]+\.woff2$/.test(path),
);

async function codePoints(path: string): Promise<Set<number>> {
  const sfnt = await convert(readFileSync(join(DIST, path)), 'truetype');
  const face = new hb.Face(new hb.Blob(sfnt));
  return new Set(face.collectUnicodes());
}

/** What the complete font can draw at all (a glyph it lacks, like ⤓, falls back in any case). */
function sourceCodePoints(): Set<number> {
  const require = createRequire(import.meta.url);
  const ttf = readFileSync(
    require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  );
  return new Set(new hb.Face(new hb.Blob(ttf)).collectUnicodes());
}

/** Attributes whose text a browser draws (tooltips, placeholders, button values, image fallbacks). */
const DRAWN_ATTRIBUTES = ['title', 'alt', 'placeholder', 'value', 'aria-label'];

function drawnText(node: Node, out: string[]): string[] {
  if (node.nodeType === 3) out.push(node.text);
  else if (node.nodeType === 1) {
    const el = node as HTMLElement;
    if (['script', 'style', 'template'].includes(el.rawTagName?.toLowerCase())) return out;
    for (const name of DRAWN_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
    for (const child of el.childNodes) drawnText(child, out);
  }
  return out;
}

describe('the site font', () => {
  it('is one WOFF2 file per weight, 400 and 700, named by its content', () => {
    expect(fonts.map((p) => /be-vietnam-pro-(\d{3})/.exec(p)![1]).sort()).toEqual(['400', '700']);
  });

  it('draws every character of every built page, in both weights', async () => {
    const used = new Map<string, string>();
    for (const page of builtPages()) {
      for (const text of drawnText(page.doc, [])) {
        for (const char of text) {
          if (/[\s\p{Cc}\u200B-\u200F\uFEFF]/u.test(char) && char !== '\u00a0') continue;
          if (!used.has(char)) used.set(char, page.path);
        }
      }
    }
    // Text the stylesheets draw (`content: "›"`).
    for (const css of builtFiles().filter((f) => f.endsWith('.css')))
      for (const [, text] of readFileSync(join(DIST, css), 'utf8').matchAll(
        /content:\s*"([^"]*)"/g,
      ))
        for (const char of text!) if (!used.has(char) && char.trim()) used.set(char, css);
    // The pages really are Vietnamese: the check is not vacuous.
    expect([...used.keys()]).toEqual(expect.arrayContaining([...'ĐđơưộếắẫỹÂ']));
    const drawable = sourceCodePoints();
    for (const font of fonts) {
      const covered = await codePoints(font);
      const missing = [...used].filter(
        ([char]) => drawable.has(char.codePointAt(0)!) && !covered.has(char.codePointAt(0)!),
      );
      expect(
        missing.map(
          ([char, page]) => `${char} (U+${char.codePointAt(0)!.toString(16)}) on ${page}`,
        ),
        font,
      ).toEqual([]);
      // Visitors type queries in the font too: every Vietnamese letter is there, used or not.
      expect(
        [...VIETNAMESE_LETTERS].filter((c) => !covered.has(c.codePointAt(0)!)),
        font,
      ).toEqual([]);
    }
  });

  it('is declared and preloaded on every page with the files that exist', () => {
    for (const page of builtPages()) {
      const preloads = page.doc
        .querySelectorAll('link[rel="preload"][as="font"]')
        .map((link) => link.getAttribute('href')!);
      expect(preloads.sort(), page.path).toEqual([...fonts].sort());
      for (const link of page.doc.querySelectorAll('link[rel="preload"][as="font"]'))
        expect(link.getAttribute('crossorigin'), page.path).toBe('anonymous');
      const faces = [...page.html.matchAll(/url\(([^)]*be-vietnam-pro[^)]*)\)/g)].map((m) => m[1]);
      const css = page.doc
        .querySelectorAll('link[rel="stylesheet"]')
        .map((link) => readFileSync(join(DIST, link.getAttribute('href')!), 'utf8'))
        .join('\n');
      faces.push(...[...css.matchAll(/url\(([^)]*be-vietnam-pro[^)]*)\)/g)].map((m) => m[1]));
      expect([...new Set(faces)].sort(), page.path).toEqual([...fonts].sort());
    }
  });

  it('stays small: both weights together under 24 KB', () => {
    const bytes = fonts.reduce((n, path) => n + readFileSync(join(DIST, path)).length, 0);
    expect(bytes).toBeLessThan(24 * 1024);
  });
});
