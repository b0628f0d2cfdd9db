import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemas, type CollectionName } from './lib/content/schemas';
import { LOCALE_CODES } from './i18n/locales';

/**
 * One collection per section, plus general pages. A topic is a folder holding
 * one MDX file per language: `content/<collection>/<topic>/vi.mdx` and `en.mdx`,
 * with its images beside them. The entry id is `<topic>/<lang>`.
 */
function topicLoader(name: CollectionName) {
  return glob({
    pattern: `*/{${LOCALE_CODES.join(',')}}.mdx`,
    base: `./content/${name}`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
}

// Each collection names its own schema, so every entry keeps its precise type.
export const collections = {
  culture: defineCollection({
    loader: topicLoader('culture'),
    schema: ({ image }) => schemas.culture(image),
  }),
  heritage: defineCollection({
    loader: topicLoader('heritage'),
    schema: ({ image }) => schemas.heritage(image),
  }),
  visit: defineCollection({
    loader: topicLoader('visit'),
    schema: ({ image }) => schemas.visit(image),
  }),
  invest: defineCollection({
    loader: topicLoader('invest'),
    schema: ({ image }) => schemas.invest(image),
  }),
  cooperation: defineCollection({
    loader: topicLoader('cooperation'),
    schema: ({ image }) => schemas.cooperation(image),
  }),
  news: defineCollection({
    loader: topicLoader('news'),
    schema: ({ image }) => schemas.news(image),
  }),
  documents: defineCollection({
    loader: topicLoader('documents'),
    schema: ({ image }) => schemas.documents(image),
  }),
  pages: defineCollection({
    loader: topicLoader('pages'),
    schema: ({ image }) => schemas.pages(image),
  }),
};
