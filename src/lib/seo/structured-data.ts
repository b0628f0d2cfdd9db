import type { Locale } from '../../i18n/locales';
import { resources } from '../../i18n/t';
import type { Place } from '../content/schemas';
import { isoDate } from '../format/intl';

/**
 * JSON-LD for each page type. Pure: callers pass absolute URLs.
 * Approximate coordinates are left out of `geo`, because schema.org has no way
 * to say "this is a reference point, not the place".
 */
export interface PageFacts {
  locale: Locale;
  url: string;
  title: string;
  description: string;
  updated: Date;
  image?: string;
}

/** The province's People's Committee, named as the footer names it (ui/*.json `site.agency`). */
const publisher = (locale: Locale) => ({
  '@type': 'GovernmentOrganization',
  name: resources[locale].translation.site.agency,
  url: 'https://sonla.gov.vn',
});

function base(type: string | string[], facts: PageFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': type,
    name: facts.title,
    description: facts.description,
    url: facts.url,
    inLanguage: facts.locale,
    dateModified: isoDate(facts.updated),
    ...(facts.image ? { image: facts.image } : {}),
  };
}

export function placeData(
  facts: PageFacts,
  place: Place,
  kind: 'TouristAttraction' | 'LandmarksOrHistoricalBuildings' | 'Place',
) {
  const geo =
    place.precision === 'site'
      ? { geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon } }
      : {};
  return {
    ...base(kind, facts),
    ...geo,
    address: {
      '@type': 'PostalAddress',
      addressRegion: place.outsideProvince ? undefined : 'Sơn La',
      addressLocality: place.commune,
      addressCountry: place.outsideProvince ? undefined : 'VN',
    },
  };
}

export function articleData(facts: PageFacts, type: 'Article' | 'WebPage' = 'WebPage') {
  return { ...base(type, facts), publisher: publisher(facts.locale) };
}

export function eventData(
  facts: PageFacts,
  event: { start: Date; end?: Date | undefined; place?: string | undefined },
) {
  return {
    ...base('Event', facts),
    startDate: isoDate(event.start),
    ...(event.end ? { endDate: isoDate(event.end) } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.place ?? 'Sơn La',
      address: { '@type': 'PostalAddress', addressCountry: 'VN' },
    },
    organizer: publisher(facts.locale),
  };
}

export function legislationData(
  facts: PageFacts,
  doc: { number: string; issuer: string; signed: Date; docType: string },
) {
  return {
    ...base('Legislation', facts),
    legislationIdentifier: doc.number,
    legislationDate: isoDate(doc.signed),
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: doc.issuer },
    legislationJurisdiction: 'VN',
    legislationType: doc.docType,
  };
}

export function websiteData(locale: Locale, siteUrl: string, name: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url: siteUrl,
    inLanguage: locale,
    publisher: publisher(locale),
  };
}
