import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../../../tests/support/fixture-site';
import { checkContent } from '../../lib/content/check';
import { filesUnder } from '../../site/files';
import {
  INVALID_EXAMPLES,
  KIT_FOLDERS,
  mdxSnippets,
  readme,
  readmeWithExamples,
  validExamples,
} from './examples';
import { KIT_NAMES, MDX_KIT, type KitName } from './kit';

/**
 * The kit's contract (contract.ts), checked against the content checker: every
 * example a folder shows is accepted, every refused example gets its message,
 * and what the READMEs and the editor guides teach is what the checker accepts.
 */

const FILE = 'content/culture/kit-example/index.en.mdx';

/** The checker's problems for one page whose text is `body`, in a fresh fixture site. */
function problemsFor(body: string, assets: string[] = []) {
  const site = fixtureSite();
  const page = (slug: string) =>
    `---\ntitle: Kit example\ndescription: One example of the kit.\nslug: ${slug}\nupdated: 2026-12-01\nsources:\n  - title: The kit's README\n---\n\n${body}\n`;
  site.write(FILE, page('kit-example'));
  site.write(FILE.replace('.en.', '.vi.'), page('vi-du-bo-cong-cu'));
  for (const asset of assets)
    site.write(`content/culture/kit-example/${basename(asset)}`, readFileSync(asset, 'utf8'));
  // Examples link to the site's real documents.
  for (const doc of filesUnder('public/documents'))
    site.write(`public/documents/${doc}`, readFileSync(`public/documents/${doc}`, 'utf8'));
  return checkContent({ source: site.source(), kit: MDX_KIT, today: '2026-12-01' }).problems.filter(
    (p) => p.severity !== 'note',
  );
}

const examples = validExamples();
const invalid = KIT_FOLDERS.flatMap((folder) =>
  INVALID_EXAMPLES[folder].map((example) => ({ folder, ...example })),
);

describe('MDX kit contract', () => {
  it('shows every component in an example, and refuses something of every folder', () => {
    const shown = new Set(
      examples.flatMap((e) => [...e.mdx.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1])),
    );
    expect([...shown].sort()).toEqual([...KIT_NAMES].sort());
    for (const folder of KIT_FOLDERS) expect(INVALID_EXAMPLES[folder].length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [`${e.folder}/examples/${e.name}.mdx`, e] as const))(
    '%s is accepted by the checker',
    (_, example) => {
      expect(problemsFor(example.mdx, example.assets)).toEqual([]);
    },
  );

  it.each(invalid.map((e) => [`${e.folder}: ${e.name}`, e] as const))(
    '%s is refused with its message',
    (_, example) => {
      const problems = problemsFor(
        example.mdx,
        examples.find((e) => e.folder === example.folder)?.assets,
      );
      expect(problems.map((p) => p.en)).toContain(example.en);
      // …in both languages.
      expect(problems.every((p) => p.vi && p.vi !== p.en)).toBe(true);
    },
  );

  it.each(KIT_FOLDERS)("%s/README.md shows the folder's examples, verbatim", (folder) => {
    const text = readme(folder);
    const own = examples.filter((e) => e.folder === folder);
    expect(readmeWithExamples(text, own), 'run npm run kit:readmes').toBe(text);
    for (const snippet of mdxSnippets(text)) expect(own.map((e) => e.mdx)).toContain(snippet);
  });

  it.each(KIT_FOLDERS)('%s/README.md names every property of its components', (folder) => {
    const text = readme(folder);
    const names = examples
      .filter((e) => e.folder === folder)
      .flatMap((e) => [...e.mdx.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1] as KitName));
    for (const name of new Set(names)) {
      const spec = MDX_KIT[name];
      for (const prop of [...spec.required, ...spec.optional])
        expect(text, `${folder}/README.md should explain \`${prop}\` of <${name}>`).toContain(
          `\`${prop}\``,
        );
    }
  });

  it.each(['docs/editor-guide.en.md', 'docs/editor-guide.vi.md', 'src/components/Map/README.md'])(
    'every kit snippet in %s passes the checker',
    (path) => {
      const snippets = mdxSnippets(readFileSync(path, 'utf8')).filter((s) => /^\s*<[A-Z]/.test(s));
      expect(snippets.length).toBeGreaterThan(0);
      const assets = examples.flatMap((e) => e.assets);
      for (const snippet of snippets) {
        // Image names in a guide are made up; the example drawing stands in for them.
        const body = snippet.replace(/\]\(\.\/[^)]+\)/g, '](./photo.svg)');
        expect(
          problemsFor(body, assets).map((p) => `${p.where}: ${p.en}`),
          snippet,
        ).toEqual([]);
      }
    },
  );
});
