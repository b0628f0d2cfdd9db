import type { PageData } from '../content/schemas';
import type { RouteEntry } from '../routes/route-table';
import {
  articleData,
  eventData,
  legislationData,
  placeData,
  type PageFacts,
} from './structured-data';

/** Picks the JSON-LD type for a content page from its section and frontmatter. */
export function structuredDataFor(route: RouteEntry, data: PageData, url: string): object[] {
  const facts: PageFacts = {
    locale: route.locale,
    url,
    title: data.title,
    description: data.description,
    updated: data.updated,
  };
  if ('signed' in data) return [legislationData(facts, data)];
  if ('published' in data)
    return [data.event ? eventData(facts, data.event) : articleData(facts, 'Article')];
  if ('place' in data && data.place) {
    const kind =
      route.section === 'heritage'
        ? 'LandmarksOrHistoricalBuildings'
        : route.section === 'visit'
          ? 'TouristAttraction'
          : 'Place';
    return [articleData(facts), placeData(facts, data.place, kind)];
  }
  return [articleData(facts)];
}
