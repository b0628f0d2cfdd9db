import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIT_NAMES } from './kit';

describe('MDX kit', () => {
  it('registers exactly the components the content check allows', () => {
    // index.ts imports .astro files, which plain Node cannot load; read its keys instead.
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    const block = /mdxComponents = \{([\s\S]*?)\}/.exec(source)![1]!;
    const names = [...block.matchAll(/^\s*(\w+)(?::|,)/gm)].map((m) => m[1]);
    expect(names.sort()).toEqual([...KIT_NAMES].sort());
  });

  it('documents every component folder with an example', () => {
    for (const folder of [
      'Figure',
      'Gallery',
      'Callout',
      'FactBox',
      'Timeline',
      'VideoEmbed',
      'DocumentLink',
      'PlaceMap',
    ]) {
      expect(readFileSync(new URL(`./${folder}/README.md`, import.meta.url), 'utf8')).toMatch(
        /```mdx\n<\w+/,
      );
    }
  });
});
