import { LOCALE_CODES, type Locale } from '../../i18n/locales';
import { SECTION_KEYS, type SectionKey, type CollectionSection } from './sections';
import { topicFilePath } from '../content/topic-files';
import {
  localeHomePath,
  notFoundPath,
  offlinePagePath,
  sectionPath,
  topicPath,
  generalPagePath,
} from './paths';
import { MESSAGES as M } from '../content/check/messages';

/**
 * Every page of the site as data: its path, its language, and the key that
 * pairs it with its translation. The page route, the language switch, hreflang,
 * the sitemap and the built-site tests all read this one table.
 */

type RouteKind = 'home' | 'section' | 'topic' | 'page' | 'search' | 'map' | 'not-found' | 'offline';

/** Pages for the browser, not for readers arriving from outside: no sitemap, no search index, noindex. */
export const UNLISTED_KINDS: readonly RouteKind[] = ['not-found', 'offline'];

export interface TopicRef {
  /** `culture`, …, or `pages` for general pages. */
  collection: CollectionSection | 'pages';
  /** Folder name, shared by both languages. */
  topic: string;
  locale: Locale;
  slug: string;
  /** Astro entry id, `<topic>/<locale>`. */
  id: string;
  draft: boolean;
}

export interface RouteEntry {
  kind: RouteKind;
  locale: Locale;
  /** Path without deployment base, with trailing slash. */
  path: string;
  /** Equal for a page and its translations. */
  pairKey: string;
  section?: SectionKey;
  topic?: TopicRef;
  /** Path of this page in every language, itself included. */
  alternates: Record<Locale, string>;
}

class RouteTableError extends Error {
  override name = 'RouteTableError';
}

function fileOf(ref: TopicRef): string {
  return topicFilePath(ref.collection, ref.topic, ref.locale);
}

function pathOf(ref: TopicRef): string {
  return ref.collection === 'pages'
    ? generalPagePath(ref.locale, ref.slug)
    : topicPath(ref.locale, ref.collection, ref.slug);
}

/** One reason the site cannot be built, as data so the content checker can word it for editors. */
export type RouteProblem =
  | { kind: 'missing-translation'; file: string; missing: string }
  | { kind: 'draft-translation'; file: string; draft: string }
  | {
      kind: 'path-clash';
      file: string;
      path: string;
      /** The other content file that wants the path, or the generated page that has it. */
      other: { file: string } | { kind: RouteKind };
    };

/**
 * The route table and every problem with it, without throwing: `buildRouteTable`
 * throws on the problems, `npm run content:check` reports them with the rest.
 * `includeDrafts` is true in `astro dev` so editors can preview drafts.
 */
export function planRoutes(
  refs: readonly TopicRef[],
  { includeDrafts = false } = {},
): { routes: RouteEntry[]; problems: RouteProblem[] } {
  const problems: RouteProblem[] = [];
  const routes: RouteEntry[] = [];

  const fixed = (
    kind: RouteKind,
    pairKey: string,
    pathFor: (locale: Locale) => string,
    section?: SectionKey,
  ) => {
    const alternates = Object.fromEntries(LOCALE_CODES.map((l) => [l, pathFor(l)])) as Record<
      Locale,
      string
    >;
    for (const locale of LOCALE_CODES) {
      routes.push({
        kind,
        locale,
        path: alternates[locale],
        pairKey,
        alternates,
        ...(section ? { section } : {}),
      });
    }
  };

  fixed('home', 'home', localeHomePath);
  fixed('not-found', 'not-found', notFoundPath);
  // What the service worker shows when a page cannot be reached and was never stored.
  fixed('offline', 'offline', offlinePagePath);
  for (const key of SECTION_KEYS) {
    const kind: RouteKind = key === 'search' ? 'search' : key === 'map' ? 'map' : 'section';
    fixed(kind, `section:${key}`, (l) => sectionPath(l, key), key);
  }

  const published = refs.filter((ref) => includeDrafts || !ref.draft);
  const byTopic = new Map<string, TopicRef[]>();
  for (const ref of published) {
    const key = `${ref.collection}/${ref.topic}`;
    byTopic.set(key, [...(byTopic.get(key) ?? []), ref]);
  }

  for (const [key, group] of byTopic) {
    const missing = LOCALE_CODES.filter((locale) => !group.some((ref) => ref.locale === locale));
    if (missing.length > 0) {
      const present = group[0]!;
      for (const locale of missing) {
        const counterpart = refs.find(
          (r) =>
            r.collection === present.collection && r.topic === present.topic && r.locale === locale,
        );
        const file = topicFilePath(present.collection, present.topic, locale);
        problems.push(
          counterpart?.draft
            ? {
                kind: 'draft-translation',
                file: fileOf(present),
                draft: file,
              }
            : {
                kind: 'missing-translation',
                file: fileOf(present),
                missing: file,
              },
        );
      }
      continue;
    }
    const alternates = Object.fromEntries(group.map((ref) => [ref.locale, pathOf(ref)])) as Record<
      Locale,
      string
    >;
    const section =
      group[0]!.collection === 'pages' ? undefined : (group[0]!.collection as SectionKey);
    for (const ref of group) {
      routes.push({
        kind: ref.collection === 'pages' ? 'page' : 'topic',
        locale: ref.locale,
        path: alternates[ref.locale],
        pairKey: key,
        topic: ref,
        alternates,
        ...(section ? { section } : {}),
      });
    }
  }

  const seen = new Map<string, RouteEntry>();
  for (const route of routes) {
    const clash = seen.get(route.path);
    if (clash) {
      const describe = (r: RouteEntry) => (r.topic ? { file: fileOf(r.topic) } : { kind: r.kind });
      problems.push({
        kind: 'path-clash',
        file: route.topic ? fileOf(route.topic) : route.path,
        other: describe(clash),
        path: route.path,
      });
    } else {
      seen.set(route.path, route);
    }
  }
  return { routes, problems };
}

/**
 * Build the route table. Throws, listing every problem at once, when a
 * published topic lacks a published translation or two pages claim one path.
 */
export function buildRouteTable(
  refs: readonly TopicRef[],
  { includeDrafts = false } = {},
): RouteEntry[] {
  const { routes, problems } = planRoutes(refs, { includeDrafts });
  if (problems.length > 0) {
    const lines = problems.map((p) => {
      const message =
        p.kind === 'missing-translation'
          ? M.noPublishedTranslation(p.missing)
          : p.kind === 'draft-translation'
            ? M.draftTranslation(p.draft)
            : M.pathClash(p.path, p.other);
      return `  ✗ ${p.file}: ${message.en} / ${message.vi}`;
    });
    throw new RouteTableError(
      `${M.siteCannotBuild().en} / ${M.siteCannotBuild().vi}:\n${lines.join('\n')}`,
    );
  }
  return routes;
}

/**
 * The table by pair key, each key with its page in every language. Pages that
 * link to a fixed page (the footer on every page) look it up here: a search of
 * the whole table on every page made rendering grow with the square of the
 * site's size (12 s of 53 at 5,000 pages).
 */
export function routesByPair(
  routes: readonly RouteEntry[],
): ReadonlyMap<string, Partial<Record<Locale, RouteEntry>>> {
  const byPair = new Map<string, Partial<Record<Locale, RouteEntry>>>();
  for (const route of routes) {
    const pages = byPair.get(route.pairKey) ?? {};
    pages[route.locale] = route;
    byPair.set(route.pairKey, pages);
  }
  return byPair;
}

/** Topics of one section in one language, for index pages. */
export function topicsOf(
  routes: readonly RouteEntry[],
  section: SectionKey,
  locale: Locale,
): RouteEntry[] {
  return routes.filter((r) => r.kind === 'topic' && r.section === section && r.locale === locale);
}
