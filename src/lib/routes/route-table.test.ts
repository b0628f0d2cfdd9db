import { describe, expect, it } from 'vitest';
import { buildRouteTable, routesByPair, topicsOf, type TopicRef } from './route-table';

const ref = (over: Partial<TopicRef> & Pick<TopicRef, 'locale' | 'slug'>): TopicRef => ({
  collection: 'heritage',
  topic: 'lao-kho',
  id: `lao-kho/${over.locale}`,
  draft: false,
  ...over,
});

const laoKho = [
  ref({ locale: 'vi', slug: 'di-tich-lao-kho' }),
  ref({ locale: 'en', slug: 'lao-kho-relic' }),
];

describe('route table', () => {
  it('pairs the two languages of a topic and links them both ways', () => {
    const routes = buildRouteTable(laoKho);
    const vi = routes.find((r) => r.path === '/vi/di-tich/di-tich-lao-kho/')!;
    const en = routes.find((r) => r.path === '/en/heritage/lao-kho-relic/')!;
    expect(vi.alternates).toEqual({
      vi: '/vi/di-tich/di-tich-lao-kho/',
      en: '/en/heritage/lao-kho-relic/',
    });
    expect(en.alternates).toEqual(vi.alternates);
    expect(vi.pairKey).toBe(en.pairKey);
  });

  it('creates home, section, search, map and 404 pages for each language', () => {
    const paths = buildRouteTable([]).map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/vi/',
        '/en/',
        '/vi/tim-kiem/',
        '/en/search/',
        '/vi/ban-do/',
        '/en/map/',
        '/vi/404/',
        '/en/404/',
        '/vi/tin-tuc/',
        '/en/news/',
      ]),
    );
  });

  it('serves general pages at the language root', () => {
    const routes = buildRouteTable([
      ref({
        collection: 'pages',
        topic: 'about',
        id: 'about/vi',
        locale: 'vi',
        slug: 'gioi-thieu',
      }),
      ref({ collection: 'pages', topic: 'about', id: 'about/en', locale: 'en', slug: 'about' }),
    ]);
    expect(routes.find((r) => r.kind === 'page' && r.locale === 'vi')!.path).toBe(
      '/vi/gioi-thieu/',
    );
  });

  it('fails, naming the file to create, when a translation is missing', () => {
    expect(() => buildRouteTable([laoKho[0]!])).toThrowErrorMatchingInlineSnapshot(`
      [RouteTableError: The site cannot be built / Không dựng được trang:
        ✗ content/heritage/lao-kho/index.vi.mdx: has no published translation: create content/heritage/lao-kho/index.en.mdx (or fix the errors in it) / chưa có bản dịch được xuất bản: tạo content/heritage/lao-kho/index.en.mdx (hoặc sửa lỗi trong tệp đó)]
    `);
  });

  it('fails when one language is published and the other is a draft', () => {
    expect(() => buildRouteTable([laoKho[0]!, { ...laoKho[1]!, draft: true }]))
      .toThrowErrorMatchingInlineSnapshot(`
        [RouteTableError: The site cannot be built / Không dựng được trang:
          ✗ content/heritage/lao-kho/index.vi.mdx: is published but its translation content/heritage/lao-kho/index.en.mdx is a draft: publish both (draft: false) or mark both as drafts (draft: true) / đã xuất bản nhưng bản dịch content/heritage/lao-kho/index.en.mdx vẫn là bản nháp: xuất bản cả hai (draft: false) hoặc để cả hai là bản nháp (draft: true)]
      `);
  });

  it('leaves drafts out of production and keeps them in preview', () => {
    const drafts = laoKho.map((r) => ({ ...r, draft: true }));
    expect(buildRouteTable(drafts).some((r) => r.kind === 'topic')).toBe(false);
    expect(
      buildRouteTable(drafts, { includeDrafts: true }).filter((r) => r.kind === 'topic'),
    ).toHaveLength(2);
  });

  it('reports every clash of addresses at once', () => {
    const clash = [
      ...laoKho,
      ref({ topic: 'other', id: 'other/vi', locale: 'vi', slug: 'di-tich-lao-kho' }),
      ref({ topic: 'other', id: 'other/en', locale: 'en', slug: 'lao-kho-relic' }),
    ];
    expect(() => buildRouteTable(clash)).toThrowErrorMatchingInlineSnapshot(`
      [RouteTableError: The site cannot be built / Không dựng được trang:
        ✗ content/heritage/other/index.vi.mdx: the address /vi/di-tich/di-tich-lao-kho/ is already used by content/heritage/lao-kho/index.vi.mdx: give one of them another "slug" / địa chỉ /vi/di-tich/di-tich-lao-kho/ đã được dùng cho content/heritage/lao-kho/index.vi.mdx: hãy đặt "slug" khác cho một trong hai trang
        ✗ content/heritage/other/index.en.mdx: the address /en/heritage/lao-kho-relic/ is already used by content/heritage/lao-kho/index.en.mdx: give one of them another "slug" / địa chỉ /en/heritage/lao-kho-relic/ đã được dùng cho content/heritage/lao-kho/index.en.mdx: hãy đặt "slug" khác cho một trong hai trang]
    `);
  });

  it('refuses a general page whose slug takes a section address', () => {
    const pages = [
      ref({ collection: 'pages', topic: 'x', id: 'x/vi', locale: 'vi', slug: 'di-tich' }),
      ref({ collection: 'pages', topic: 'x', id: 'x/en', locale: 'en', slug: 'x' }),
    ];
    expect(() => buildRouteTable(pages)).toThrowErrorMatchingInlineSnapshot(`
      [RouteTableError: The site cannot be built / Không dựng được trang:
        ✗ content/pages/x/index.vi.mdx: the address /vi/di-tich/ is already used by a section page: give one of them another "slug" / địa chỉ /vi/di-tich/ đã được dùng cho trang chuyên mục: hãy đặt "slug" khác cho một trong hai trang]
    `);
  });

  it('lists a section’s topics in one language', () => {
    const routes = buildRouteTable(laoKho);
    expect(topicsOf(routes, 'heritage', 'en').map((r) => r.path)).toEqual([
      '/en/heritage/lao-kho-relic/',
    ]);
    expect(topicsOf(routes, 'culture', 'en')).toEqual([]);
  });

  it('finds a page in each language by its pair key', () => {
    const routes = buildRouteTable(laoKho);
    const pair = routesByPair(routes).get(
      routes.find((r) => r.locale === 'en' && r.kind === 'topic')!.pairKey,
    );
    expect(pair?.vi?.path).toBe('/vi/di-tich/di-tich-lao-kho/');
    expect(pair?.en?.path).toBe('/en/heritage/lao-kho-relic/');
    expect(routesByPair(routes).get('pages/nowhere')).toBeUndefined();
  });
});
