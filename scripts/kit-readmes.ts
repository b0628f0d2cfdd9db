/**
 * `npm run kit:readmes` — rewrites the examples section of every MDX kit
 * component's README from its examples/*.mdx files, so a README shows exactly
 * what the checker accepts (src/components/mdx/kit.test.ts fails until it is run).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  KIT_FOLDERS,
  readme,
  readmeWithExamples,
  validExamples,
} from '../src/components/mdx/examples';

const examples = validExamples();
for (const folder of KIT_FOLDERS) {
  const path = fileURLToPath(new URL(`../src/components/mdx/${folder}/README.md`, import.meta.url));
  const text = readme(folder);
  const next = readmeWithExamples(
    text,
    examples.filter((e) => e.folder === folder),
  );
  if (next !== text) {
    writeFileSync(path, next);
    console.log(`✓ ${folder}/README.md`);
  }
}
