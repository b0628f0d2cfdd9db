import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { splitFrontmatter } from '../../src/lib/content/check/frontmatter';
import { localeOfTopicFile } from '../../src/lib/content/topic-files';
import { planRoutes, type TopicRef } from '../../src/lib/routes/route-table';
import { FOOTER_PAGES, PAGES_COLLECTION, isContentCollection } from '../../src/lib/routes/sections';
import { buildCopy, copySite, removeCopy } from '../../scripts/lib/site-copy.mjs';

const ROOT = process.cwd();

export interface TempSite {
  dir: string;
  dist: string;
  /** Write a file relative to the copy (e.g. `content/pages/x/index.vi.mdx`). */
  write: (path: string, text: string) => void;
  build: (env?: Record<string, string>) => { status: number | null; output: string };
  remove: () => void;
}

/**
 * The footer's pages and every page they link to, directly or through others:
 * the smallest content that builds, since every page carries the footer and
 * the build refuses a link to a page that is not there. Worked out from the
 * content itself (route table and links), so it follows as pages link to new ones.
 */
function selfContainedContent(): string[] {
  const files = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .flatMap((path) => {
      const [collection, topic, name, ...rest] = path.split('/');
      const locale = localeOfTopicFile(name ?? '');
      return locale && rest.length === 0 && isContentCollection(collection!)
        ? [
            {
              collection,
              topic: topic!,
              locale,
              text: readFileSync(join(ROOT, 'content', path), 'utf8'),
            },
          ]
        : [];
    });
  const refs: TopicRef[] = files.flatMap(({ collection, topic, locale, text }) => {
    const split = splitFrontmatter(text);
    if (!split.ok || typeof split.data.slug !== 'string') return [];
    const draft = split.data.draft === true;
    return [{ collection, topic, locale, slug: split.data.slug, id: `${topic}/${locale}`, draft }];
  });
  const folderAt = new Map(
    planRoutes(refs).routes.flatMap((route) =>
      route.topic ? [[route.path, `${route.topic.collection}/${route.topic.topic}`] as const] : [],
    ),
  );
  /** Internal links: Markdown `](/vi/…)` and `href="/vi/…"` (HTML and components). */
  const linked = (folder: string) =>
    files
      .filter((file) => `${file.collection}/${file.topic}` === folder)
      .flatMap((file) => [...file.text.matchAll(/\]\((\/[^)\s#?]*)|href="(\/[^"#?]*)"/g)])
      .map((match) => (match[1] ?? match[2])!.replace(/\/?$/, '/'))
      .flatMap((path) => folderAt.get(path) ?? []);
  const folders = new Set(FOOTER_PAGES.map((page) => `${PAGES_COLLECTION}/${page}`));
  for (const folder of folders) for (const next of linked(folder)) folders.add(next);
  return [...folders].sort();
}

/**
 * A throwaway copy of the site (scripts/lib/site-copy.mjs) for tests that must
 * build something the real site must never contain (broken or hostile content)
 * or build differently (a sub-path). `content` chooses which content folders to copy.
 */
export function tempSite({
  content = selfContainedContent(),
}: { content?: string[] | 'all' } = {}): TempSite {
  const dir = copySite(ROOT, { content });
  return {
    dir,
    dist: join(dir, 'dist'),
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    build: (env = {}) => buildCopy(ROOT, dir, env),
    remove: () => removeCopy(dir),
  };
}
