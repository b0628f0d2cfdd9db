import { getCollection, type CollectionEntry } from 'astro:content';
import { assertLocale } from '../i18n/locales';
import { CONTENT_COLLECTIONS, type ContentCollection } from '../lib/routes/sections';
import {
  buildRouteTable,
  routesByPair,
  type RouteEntry,
  type TopicRef,
} from '../lib/routes/route-table';

export type AnyEntry = CollectionEntry<ContentCollection>;

export interface SiteData {
  routes: RouteEntry[];
  /** The same routes by pair key and language (`routesByPair`). */
  byPair: ReturnType<typeof routesByPair>;
  /** Content entry by `<collection>/<topic>/<locale>`. */
  entries: Map<string, AnyEntry>;
}

const entryKey = (ref: Pick<TopicRef, 'collection' | 'topic' | 'locale'>) =>
  `${ref.collection}/${ref.topic}/${ref.locale}`;

async function load(): Promise<SiteData> {
  const entries = new Map<string, AnyEntry>();
  const refs: TopicRef[] = [];
  for (const collection of CONTENT_COLLECTIONS) {
    for (const entry of (await getCollection(collection)) as AnyEntry[]) {
      const [topic, lang] = entry.id.split('/');
      const ref: TopicRef = {
        collection,
        topic: topic!,
        locale: assertLocale(lang, `content/${collection}/${topic}/ (entry ${entry.id})`),
        slug: entry.data.slug,
        id: entry.id,
        draft: entry.data.draft,
      };
      refs.push(ref);
      entries.set(entryKey(ref), entry);
    }
  }
  // Drafts are previewed in `astro dev` and left out of production builds.
  const routes = buildRouteTable(refs, { includeDrafts: import.meta.env.DEV });
  return { routes, byPair: routesByPair(routes), entries };
}

let cached: Promise<SiteData> | undefined;

/** The whole site's routes and entries, loaded once per build. */
export function loadSite(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

export function entryOf(site: SiteData, route: RouteEntry): AnyEntry | undefined {
  return route.topic ? site.entries.get(entryKey(route.topic)) : undefined;
}
