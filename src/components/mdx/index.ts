/**
 * Components editors may use in MDX without import lines. TopicView passes
 * this map to every page's `<Content components={…} />`.
 */
export const mdxComponents = {};
