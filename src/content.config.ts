import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemas, type CollectionName } from './lib/content/schemas';
import { TOPIC_FILE_GLOB, topicEntryId } from './lib/content/topic-files';

/**
 * One collection per section, plus general pages. A topic is a folder holding
 * one MDX file per language: `content/<collection>/<topic>/index.vi.mdx` and
 * `index.en.mdx`, with its images beside them. The entry id is `<topic>/<lang>`;
 * `generateId` is explicit because the glob loader's default would use a
 * frontmatter `slug` as the id, and slugs repeat across collections.
 */
function topicLoader(name: CollectionName) {
  return glob({
    pattern: TOPIC_FILE_GLOB,
    base: `./content/${name}`,
    generateId: ({ entry }) => topicEntryId(entry),
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
