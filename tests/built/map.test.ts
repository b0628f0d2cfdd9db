import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtFiles,
  DIST,
  localizedPages,
  pageAt,
  resolves,
  type BuiltPage,
} from '../support/dist';
import { LOCALE_CODES } from '../../src/i18n/locales';
import { sectionPath } from '../../src/lib/routes/paths';
import { BOUNDARY_DATA_PATH, placesDataPath } from '../../src/lib/geo/map-paths';
import { MAP_CATEGORIES } from '../../src/lib/content/schemas';
import type { PlaceCollection } from '../../src/lib/geo/places-geojson';
import { isInsideSonLa } from '../../src/lib/geo/inside-province';
import { withoutBase } from '../../src/lib/routes/paths';
import { BASE_PATH, TILE_SOURCE } from '../../src/site.config';
import en from '../../src/i18n/ui/en.json';
import vi from '../../src/i18n/ui/vi.json';

/** The built site's maps, read as files: what a visitor without JS gets, and what every page loads. */
const strip = (url: string) => withoutBase(url, BASE_PATH);
const places = (locale: (typeof LOCALE_CODES)[number]) =>
  JSON.parse(readFileSync(join(DIST, placesDataPath(locale)), 'utf8')) as PlaceCollection;
const isMapPage = (page: BuiltPage) =>
  LOCALE_CODES.some((l) => page.path === sectionPath(l, 'map'));
const hasMap = (page: BuiltPage) => page.doc.querySelector('[data-map]') !== null;
const csp = (page: BuiltPage) =>
  page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ??
  '';
const assetRefs = (page: BuiltPage) =>
  [
    ...page.doc.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"]'),
  ].map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');

describe.each(LOCALE_CODES)('places GeoJSON (%s)', (locale) => {
  const collection = places(locale);

  it('is a FeatureCollection of points whose links are built pages in the same language', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThan(0);
    for (const { geometry, properties } of collection.features) {
      expect(geometry.type).toBe('Point');
      const [lon, lat] = geometry.coordinates;
      expect(
        properties.outsideProvince || isInsideSonLa(lat, lon),
        `${properties.url} inside Sơn La`,
      ).toBe(true);
      expect(strip(properties.url).startsWith(`/${locale}/`), properties.url).toBe(true);
      expect(resolves(strip(properties.url)), `${properties.url} resolves`).toBe(true);
      expect(properties.approximate).toBe(properties.precision !== 'site');
      expect(MAP_CATEGORIES).toContain(properties.category);
    }
  });

  it('has exactly the pages that show a place map', () => {
    // A page's own place (front matter) is a feature; an editor's <PlaceMap> in the text
    // (inside .mdx-placemap) shows another place and adds no feature.
    const withMap = localizedPages().filter(
      (p) =>
        p.path.startsWith(`/${locale}/`) &&
        [...p.doc.querySelectorAll('[data-map="place"]')].some(
          (el) => !el.closest('.mdx-placemap'),
        ),
    );
    expect(withMap.map((p) => p.path).sort()).toEqual(
      collection.features.map((f) => strip(f.properties.url)).sort(),
    );
  });

  it('matches the other languages feature for feature', () => {
    for (const other of LOCALE_CODES) {
      expect(
        places(other).features.map((f) => [
          f.id,
          f.geometry.coordinates,
          f.properties.precision,
          f.properties.category,
        ]),
      ).toEqual(
        collection.features.map((f) => [
          f.id,
          f.geometry.coordinates,
          f.properties.precision,
          f.properties.category,
        ]),
      );
    }
  });
});

describe.each(LOCALE_CODES)('map page without JS (%s)', (locale) => {
  const page = pageAt(sectionPath(locale, 'map'));
  const ui = { en, vi }[locale];

  it('lists every place in tables, linked in the same language, approximate ones marked', () => {
    const rows = page.doc.querySelectorAll('[data-place-list] tbody tr');
    const collection = places(locale);
    expect(rows.length).toBe(collection.features.length);
    for (const feature of collection.features) {
      const row = page.doc.querySelector(`[data-place-list] tr[data-place-id="${feature.id}"]`);
      expect(row, feature.id).not.toBeNull();
      expect(row!.querySelector('a')!.getAttribute('href')).toBe(feature.properties.url);
      expect(row!.querySelector('a')!.textContent).toBe(feature.properties.name);
      expect(row!.textContent.includes(ui.map.approximate)).toBe(feature.properties.approximate);
    }
  });

  it('draws a static overview (outline + one dot per point) until Leaflet takes over', () => {
    const frame = page.doc.querySelector('[data-map="province"]')!;
    const svg = frame.querySelector('[data-map-part="static"] svg[role="img"]')!;
    const points = new Set(places(locale).features.map((f) => f.geometry.coordinates.join(',')));
    expect(svg.querySelectorAll('circle.map-dot').length).toBe(points.size);
    expect(svg.querySelector('title')!.textContent).toBe(
      ui.map.overviewAlt.replace('{{count}}', String(places(locale).features.length)),
    );
    // The interactive canvas waits for the script.
    expect(frame.querySelector('[data-map-part="canvas"]')!.hasAttribute('hidden')).toBe(true);
  });

  it('links the open data and prints the boundary attribution', () => {
    for (const code of LOCALE_CODES) {
      const link = page.doc.querySelector(`a[data-open-data="${code}"]`);
      expect(resolves(strip(link!.getAttribute('href')!))).toBe(true);
    }
    expect(resolves(BOUNDARY_DATA_PATH)).toBe(true);
    expect(page.doc.querySelector('[data-boundary-attribution]')!.textContent).toContain(
      'geoBoundaries',
    );
  });
});

describe('place pages without JS', () => {
  it('show a static locator map with a text alternative and the approximate note', () => {
    for (const locale of LOCALE_CODES) {
      const ui = { en, vi }[locale];
      for (const feature of places(locale).features) {
        const page = pageAt(strip(feature.properties.url));
        const figure = page.doc.querySelector('figure[data-map="place"]');
        expect(figure, page.path).not.toBeNull();
        const svg = figure!.querySelector('svg[role="img"]');
        expect(svg!.querySelector('title')!.textContent, page.path).toContain(
          feature.properties.name,
        );
        expect(svg!.querySelectorAll('path').length).toBe(1);
        expect(
          figure!.querySelector('figcaption')!.textContent.includes(ui.map.approximate),
          page.path,
        ).toBe(feature.properties.approximate);
        // The interactive map waits for a button that only the script reveals.
        expect(figure!.querySelector('[data-map-part="load"]')!.hasAttribute('hidden')).toBe(true);
      }
    }
  });
});

describe('weight and third parties', () => {
  const pages = localizedPages();
  const mapFiles = builtFiles().filter((f) =>
    /\/_astro\/(leaflet|map|mount|frame|MapFrame)[^/]*\.(js|css)$/.test(f),
  );

  it('built the map assets at all (so the next test can fail)', () => {
    expect(mapFiles.some((f) => f.includes('leaflet'))).toBe(true);
    expect(pages.filter(hasMap).length).toBeGreaterThan(2);
  });

  it('pages without a map reference no map script or stylesheet', () => {
    for (const page of pages.filter((p) => !hasMap(p))) {
      const refs = assetRefs(page);
      expect(
        refs.filter((ref) => mapFiles.some((file) => ref.endsWith(file))),
        page.path,
      ).toEqual([]);
      expect(page.doc.querySelector('script[src*="MapFrame"]'), page.path).toBeNull();
    }
  });

  it('no page references Leaflet up front: it arrives with the lazy chunk', () => {
    for (const page of pages)
      expect(
        assetRefs(page).filter((ref) => /leaflet|mount/.test(ref)),
        page.path,
      ).toEqual([]);
  });

  it('only pages with a map may load tiles (CSP img-src)', () => {
    for (const page of pages) {
      const policy = csp(page);
      expect(policy, page.path).toMatch(/img-src 'self' data:/);
      expect(policy.includes(TILE_SOURCE.origin), page.path).toBe(hasMap(page));
      expect(policy).not.toContain("'unsafe-inline'");
    }
    expect(pages.filter(isMapPage).every(hasMap)).toBe(true);
  });
});
