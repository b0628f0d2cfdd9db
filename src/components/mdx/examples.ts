import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InvalidExample } from './contract';
import { invalid as callout } from './Callout/invalid';
import { invalid as documentLink } from './DocumentLink/invalid';
import { invalid as factBox } from './FactBox/invalid';
import { invalid as figure } from './Figure/invalid';
import { invalid as gallery } from './Gallery/invalid';
import { invalid as placeMap } from './PlaceMap/invalid';
import { invalid as timeline } from './Timeline/invalid';
import { invalid as videoEmbed } from './VideoEmbed/invalid';

/** The examples of every component folder of the kit (see contract.ts), for tests and the fixture site. */

export const INVALID_EXAMPLES = {
  Callout: callout,
  DocumentLink: documentLink,
  FactBox: factBox,
  Figure: figure,
  Gallery: gallery,
  PlaceMap: placeMap,
  Timeline: timeline,
  VideoEmbed: videoEmbed,
} satisfies Record<string, InvalidExample[]>;

export type KitFolder = keyof typeof INVALID_EXAMPLES;
export const KIT_FOLDERS = Object.keys(INVALID_EXAMPLES) as KitFolder[];

export interface ValidExample {
  folder: KitFolder;
  /** The file name without `.mdx`. */
  name: string;
  /** Absolute path of the example file. */
  file: string;
  mdx: string;
  /** Other files of examples/ (images), absolute paths, which the example may use. */
  assets: string[];
}

const folderPath = (folder: KitFolder) => fileURLToPath(new URL(`./${folder}/`, import.meta.url));

export function validExamples(): ValidExample[] {
  return KIT_FOLDERS.flatMap((folder) => {
    const dir = `${folderPath(folder)}examples/`;
    const names = readdirSync(dir).sort();
    const assets = names.filter((n) => !n.endsWith('.mdx')).map((n) => dir + n);
    return names
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => ({
        folder,
        name: n.replace(/\.mdx$/, ''),
        file: dir + n,
        mdx: readFileSync(dir + n, 'utf8'),
        assets,
      }));
  });
}

export function readme(folder: KitFolder): string {
  return readFileSync(`${folderPath(folder)}README.md`, 'utf8');
}

const START = '<!-- examples: from examples/*.mdx, written by `npm run kit:readmes` -->';
const END = '<!-- /examples -->';

/**
 * A README with its examples section (between START and END, or in place of its
 * first ```mdx block) rewritten from the folder's example files.
 */
export function readmeWithExamples(text: string, examples: readonly ValidExample[]): string {
  const section = [
    START,
    ...examples.map((e) => `\n\`${e.name}\`:\n\n\`\`\`mdx\n${e.mdx}\`\`\``),
    END,
  ].join('\n');
  if (text.includes(START)) {
    return (
      text.slice(0, text.indexOf(START)) + section + text.slice(text.indexOf(END) + END.length)
    );
  }
  return text.replace(/```mdx\n[\s\S]*?```/, section);
}

/** The ```mdx blocks of a Markdown text. */
export function mdxSnippets(markdown: string): string[] {
  return [...markdown.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]!);
}
