import { describe, expect, it } from 'vitest';
import { offlinePageUrl } from './offline-page';
import { pagesToSave } from './save-list';
import { pageTitle, pagesToList } from './cached-pages';

describe('the offline page for a request', () => {
  it('is in the language of the address, under the deployment base', () => {
    expect(offlinePageUrl('/en/invest/energy/', '/')).toBe('/en/offline/');
    expect(offlinePageUrl('/vi/dau-tu/', '/')).toBe('/vi/ngoai-tuyen/');
    expect(offlinePageUrl('/quoc-te/en/map/', '/quoc-te/')).toBe('/quoc-te/en/offline/');
  });

  it("follows the browser's languages for addresses in no language", () => {
    expect(offlinePageUrl('/', '/', ['en-GB', 'vi'])).toBe('/en/offline/');
    expect(offlinePageUrl('/', '/', ['fr-FR', 'vi-VN'])).toBe('/vi/ngoai-tuyen/');
    expect(offlinePageUrl('/', '/', ['de'])).toBe('/vi/ngoai-tuyen/');
  });
});

describe('what "Save for offline" stores', () => {
  const page = 'https://example.org/en/visit/three-day-itinerary/#day-2';
  it("is the page and the site's pages it links to in its language, once each", () => {
    expect(
      pagesToSave(
        page,
        [
          '/en/heritage/son-la-prison/',
          '/en/heritage/son-la-prison/#history',
          '../moc-chau-plateau/',
          '/en/map/?focus=x',
          '/vi/du-lich/lich-trinh-3-ngay/',
          'https://www.openstreetmap.org/directions',
          '/documents/2477.pdf',
          '/en/rss.xml',
          'mailto:someone@example.org',
        ],
        '/',
      ),
    ).toEqual([
      'https://example.org/en/visit/three-day-itinerary/',
      'https://example.org/en/heritage/son-la-prison/',
      'https://example.org/en/visit/moc-chau-plateau/',
      'https://example.org/en/map/',
    ]);
  });

  it('stays under the deployment base', () => {
    expect(
      pagesToSave(
        'https://example.org/quoc-te/vi/du-lich/',
        ['/vi/ban-do/', '/quoc-te/vi/ban-do/'],
        '/quoc-te/',
      ),
    ).toEqual([
      'https://example.org/quoc-te/vi/du-lich/',
      'https://example.org/quoc-te/vi/ban-do/',
    ]);
  });
});

describe('the list of pages this device keeps', () => {
  it('reads titles without the site suffix, entities decoded', () => {
    expect(pageTitle('<title>Lao Khô &amp; Sốp Cộp | Sơn La</title>')).toBe('Lao Khô & Sốp Cộp');
    expect(pageTitle('<title>Sơn La — land | Sơn La Province International Portal</title>')).toBe(
      'Sơn La — land',
    );
    expect(pageTitle('<p>no title</p>')).toBeUndefined();
  });

  it('keeps the visitor’s language, each page once (saved wins), sorted the Vietnamese way', () => {
    const listed = pagesToList(
      [
        { url: 'https://x.org/vi/di-tich/deo-pha-din/', title: 'Đèo Pha Đin', saved: false },
        { url: 'https://x.org/vi/du-lich/', title: 'Du lịch', saved: false },
        { url: 'https://x.org/vi/di-tich/deo-pha-din/', title: 'Đèo Pha Đin', saved: true },
        { url: 'https://x.org/vi/ngoai-tuyen/', title: 'Bạn đang ngoại tuyến', saved: false },
        { url: 'https://x.org/en/heritage/', title: 'Heritage', saved: false },
        { url: 'https://x.org/vi/', title: 'Ăn uống', saved: false },
      ],
      'vi',
      '/',
      ['/vi/ngoai-tuyen/'],
    );
    expect(listed).toEqual([
      { url: '/vi/', title: 'Ăn uống', saved: false },
      { url: '/vi/du-lich/', title: 'Du lịch', saved: false },
      { url: '/vi/di-tich/deo-pha-din/', title: 'Đèo Pha Đin', saved: true },
    ]);
  });
});
