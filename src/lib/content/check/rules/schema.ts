import { z } from 'astro/zod';
import { placeholderPaths } from '../../placeholders';
import { imagePathSchema, schemas } from '../../schemas';
import type { PageRule } from '../rule';
import { resolveFromPage } from '../source';
import { issueToMessages } from '../zod-issues';

/**
 * The frontmatter against the collection's schema, the same one Astro uses,
 * with a stand-in for Astro's `image()` that checks the cover file exists.
 */

/** The field names of the object at `path` inside `schema` (for "did you mean"). */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: unknown = schema;
  const unwrap = () => {
    while (at instanceof z.ZodOptional || at instanceof z.ZodDefault || at instanceof z.ZodNullable)
      at = at.unwrap();
  };
  for (const key of path) {
    unwrap();
    if (at instanceof z.ZodArray && typeof key === 'number') at = at.element;
    else if (at instanceof z.ZodObject && typeof key === 'string') at = at.shape[key];
    else return [];
  }
  unwrap();
  return at instanceof z.ZodObject ? Object.keys(at.shape) : [];
}

export const schemaRule: PageRule = {
  name: 'schema',
  checkPage(page, { source }, report) {
    const marked = placeholderPaths(page.data);
    const isMarked = (path: readonly PropertyKey[]) =>
      marked.some((m) => m.length <= path.length && m.every((key, i) => key === path[i]));
    const exists = (src: string) => {
      const path = resolveFromPage(page.file, src);
      return source.exists(path);
    };
    const schema = schemas[page.collection](imagePathSchema(exists));
    const parsed = schema.safeParse(page.data);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      if (isMarked(issue.path)) continue;
      for (const m of issueToMessages(issue, page.data, (path) => fieldsAt(schema, path)))
        report(m.field, m);
    }
  },
};
