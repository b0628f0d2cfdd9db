import { describe, expect, it } from 'vitest';
import {
  mapCategoryOf,
  placeFeature,
  placesFeatureCollection,
  PlacesGeoJsonError,
  type PlacePage,
} from './places-geojson';
import { isInsideSonLa, provinceBounds } from './inside-province';

const page = (
  over: Partial<PlacePage> & Pick<PlacePage, 'locale' | 'path' | 'topicKey'>,
): PlacePage => ({
  section: 'heritage',
  title: 'Title',
  description: 'Summary',
  place: { lat: 21.327, lon: 103.914, precision: 'site', outsideProvince: false },
  ...over,
});

const pages: PlacePage[] = [
  page({
    locale: 'vi',
    topicKey: 'heritage/lao-kho',
    path: '/vi/di-tich/lao-kho/',
    title: 'Di tích Lao Khô',
    place: {
      lat: 21.045,
      lon: 104.30667,
      precision: 'district',
      commune: 'Phiêng Khoài',
      outsideProvince: false,
    },
  }),
  page({
    locale: 'en',
    topicKey: 'heritage/lao-kho',
    path: '/en/heritage/lao-kho-relic/',
    title: 'Lao Khô relic',
    place: {
      lat: 21.045,
      lon: 104.30667,
      precision: 'district',
      commune: 'Phiêng Khoài',
      outsideProvince: false,
    },
  }),
  page({
    locale: 'vi',
    topicKey: 'visit/na-san',
    section: 'visit',
    path: '/vi/du-lich/na-san/',
    title: 'Nà Sản',
    place: { lat: 21.21472, lon: 104.03528, precision: 'site', outsideProvince: false },
  }),
  page({
    locale: 'en',
    topicKey: 'visit/na-san',
    section: 'visit',
    path: '/en/visit/na-san/',
    title: 'Nà Sản',
    place: { lat: 21.21472, lon: 104.03528, precision: 'site', outsideProvince: false },
  }),
  page({
    locale: 'en',
    topicKey: 'cooperation/luang-prabang',
    section: 'cooperation',
    path: '/en/cooperation/luang-prabang/',
    title: 'Luang Prabang',
    place: { lat: 19.883333, lon: 102.133333, precision: 'city', outsideProvince: true },
  }),
];

describe('placesFeatureCollection', () => {
  it('keeps only the pages of the requested language, so no link crosses languages', () => {
    const vi = placesFeatureCollection(pages, 'vi', '/');
    const en = placesFeatureCollection(pages, 'en', '/');
    expect(vi.features.map((f) => f.properties.url)).toEqual([
      '/vi/di-tich/lao-kho/',
      '/vi/du-lich/na-san/',
    ]);
    expect(en.features.every((f) => f.properties.url.startsWith('/en/'))).toBe(true);
    expect(en.features).toHaveLength(3);
    expect(vi.metadata).toMatchObject({ locale: 'vi', count: 2 });
  });

  it('prefixes URLs with the deployment base exactly once', () => {
    const en = placesFeatureCollection(pages, 'en', '/quoc-te/');
    expect(en.features.map((f) => f.properties.url)).toContain(
      '/quoc-te/en/heritage/lao-kho-relic/',
    );
    expect(en.features.every((f) => !f.properties.url.includes('//'))).toBe(true);
  });

  it('writes [lon, lat] positions inside the province bounds unless the place is abroad', () => {
    const [[south, west], [north, east]] = provinceBounds();
    for (const feature of placesFeatureCollection(pages, 'en', '/').features) {
      const [lon, lat] = feature.geometry.coordinates;
      if (feature.properties.outsideProvince) {
        expect(isInsideSonLa(lat, lon)).toBe(false);
      } else {
        expect(lat).toBeGreaterThanOrEqual(south);
        expect(lat).toBeLessThanOrEqual(north);
        expect(lon).toBeGreaterThanOrEqual(west);
        expect(lon).toBeLessThanOrEqual(east);
      }
    }
  });

  it('marks every precision except "site" as approximate', () => {
    const byPrecision = Object.fromEntries(
      (['site', 'commune', 'district', 'city'] as const).map((precision) => [
        precision,
        placeFeature(
          page({
            locale: 'en',
            topicKey: 'x/y',
            path: '/en/x/',
            place: { lat: 21.3, lon: 103.9, precision, outsideProvince: false },
          }),
          '/',
        ).properties,
      ]),
    );
    expect(byPrecision.site).toMatchObject({ precision: 'site', approximate: false });
    expect(byPrecision.commune).toMatchObject({ precision: 'commune', approximate: true });
    expect(byPrecision.district).toMatchObject({ precision: 'district', approximate: true });
    expect(byPrecision.city).toMatchObject({ precision: 'city', approximate: true });
  });

  it('gives both translations of a topic the same feature id', () => {
    const vi = placesFeatureCollection(pages, 'vi', '/').features.map((f) => f.id);
    const en = placesFeatureCollection(pages, 'en', '/').features.map((f) => f.id);
    expect(en).toEqual(expect.arrayContaining(vi));
  });

  it('rounds coordinates to six decimals and keeps commune, basis and summary', () => {
    const feature = placeFeature(
      page({
        locale: 'vi',
        topicKey: 'a/b',
        path: '/vi/a/',
        description: 'Tóm tắt',
        place: {
          lat: 21.32703411111,
          lon: 103.91412888888,
          precision: 'city',
          basis: 'điểm tham chiếu',
          outsideProvince: false,
        },
      }),
      '/',
    );
    expect(feature.geometry.coordinates).toEqual([103.914129, 21.327034]);
    expect(feature.properties).toMatchObject({
      summary: 'Tóm tắt',
      basis: 'điểm tham chiếu',
      commune: null,
    });
  });

  it('refuses a page whose path is in another language, naming it', () => {
    expect(() =>
      placeFeature(page({ locale: 'vi', topicKey: 'a/b', path: '/en/heritage/x/' }), '/'),
    ).toThrow(/\/en\/heritage\/x\/ is not a vi page/);
  });

  it('refuses two pages of one language for the same topic', () => {
    const twice = [pages[0]!, { ...pages[0]!, path: '/vi/di-tich/lao-kho-2/' }];
    expect(() => placesFeatureCollection(twice, 'vi', '/')).toThrow(PlacesGeoJsonError);
  });
});

describe('mapCategoryOf', () => {
  it('uses place.category first, then the section', () => {
    expect(mapCategoryOf('heritage', { category: 'border-gate', outsideProvince: false })).toBe(
      'border-gate',
    );
    expect(mapCategoryOf('visit', { outsideProvince: false })).toBe('tourism');
    expect(mapCategoryOf('invest', { outsideProvince: false })).toBe('investment');
    expect(mapCategoryOf('culture', { outsideProvince: false })).toBe('culture');
    expect(mapCategoryOf('cooperation', { outsideProvince: false })).toBe('cooperation');
  });

  it('puts places abroad in the cooperation layer', () => {
    expect(mapCategoryOf('heritage', { category: 'heritage', outsideProvince: true })).toBe(
      'cooperation',
    );
  });

  it('explains what to set when a section has no layer', () => {
    expect(() => mapCategoryOf('news', { outsideProvince: false })).toThrow(
      /Set "place.category" to one of: heritage, tourism/,
    );
  });
});
