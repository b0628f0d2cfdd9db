import { z } from 'astro/zod';
import { placeholderPaths } from '../../placeholders';
import { imagePathSchema, schemas, type CollectionName } from '../../schemas';
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

/**
 * One schema per collection for the whole check. The image stand-in must know
 * which page it is checking (a cover path is relative to the page), so it asks
 * `current`, which `checkPage` points at the page before it parses; parsing is
 * synchronous, so no other page can be current meanwhile. Building the zod
 * schema for every file took half the check's time at 5,000 pages.
 */
const current = { exists: (_src: string): boolean => false };
const built = new Map<CollectionName, z.ZodType>();
function schemaFor(collection: CollectionName): z.ZodType {
  let schema = built.get(collection);
  if (!schema) {
    schema = schemas[collection](imagePathSchema((src) => current.exists(src)));
    built.set(collection, schema);
  }
  return schema;
}

export const schemaRule: PageRule = {
  name: 'schema',
  checkPage(page, { source }, report) {
    const marked = placeholderPaths(page.data);
    const isMarked = (path: readonly PropertyKey[]) =>
      marked.some((m) => m.length <= path.length && m.every((key, i) => key === path[i]));
    current.exists = (src: string) => source.exists(resolveFromPage(page.file, src));
    const schema = schemaFor(page.collection);
    const parsed = schema.safeParse(page.data);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      if (isMarked(issue.path)) continue;
      for (const m of issueToMessages(issue, page.data, (path) => fieldsAt(schema, path)))
        report(m.field, m);
    }
  },
};
