import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemas, type CollectionName } from './lib/content/schemas';
import { LOCALE_CODES } from './i18n/locales';

/**
 * One collection per section, plus general pages. A topic is a folder holding
 * one MDX file per language: `content/<collection>/<topic>/vi.mdx` and `en.mdx`,
 * with its images beside them. The entry id is `<topic>/<lang>`.
 */
function topicCollection(name: CollectionName) {
  return defineCollection({
    loader: glob({
      pattern: `*/{${LOCALE_CODES.join(',')}}.mdx`,
      base: `./content/${name}`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: ({ image }) => schemas[name](image),
  });
}

export const collections = {
  culture: topicCollection('culture'),
  heritage: topicCollection('heritage'),
  visit: topicCollection('visit'),
  invest: topicCollection('invest'),
  cooperation: topicCollection('cooperation'),
  news: topicCollection('news'),
  documents: topicCollection('documents'),
  pages: topicCollection('pages'),
};
