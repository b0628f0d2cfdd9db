import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { schemas, type CollectionName } from './schemas';

/** Stand-in for Astro's image(): any non-empty path. */
const image = () => z.string().min(1);

const base = {
  title: 'Đèo Pha Đin',
  description: 'A mountain pass on national road 6.',
  slug: 'pha-din-pass',
  updated: '2026-11-26',
  sources: [{ title: 'Vietnamplus', url: 'https://en.vietnamplus.vn/' }],
};
const place = { lat: 21.44167, lon: 103.68389, precision: 'district' as const };

function parse(collection: CollectionName, data: object) {
  return schemas[collection](image).safeParse(data);
}

/** The first issue, as "field.path: message", the way Astro shows it to editors. */
function firstIssue(collection: CollectionName, data: object): string {
  const result = parse(collection, data);
  if (result.success) throw new Error('expected the data to be rejected');
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('base fields (every collection)', () => {
  it('accepts a complete page and fills defaults', () => {
    const result = parse('pages', base);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.draft).toBe(false);
      expect(result.data.updated).toEqual(new Date('2026-11-26'));
    }
  });

  it('requires a title', () => {
    const { title: _omit, ...rest } = base;
    expect(firstIssue('pages', rest)).toMatchInlineSnapshot(
      `"title: is required but missing: add a line "title: …" (the page title) / bắt buộc nhưng đang thiếu: hãy thêm dòng "title: …" (tiêu đề)"`,
    );
  });

  it('rejects an empty title', () => {
    expect(firstIssue('pages', { ...base, title: '   ' })).toMatchInlineSnapshot(
      `"title: "title" is empty: write it as text / "title" (tiêu đề) đang để trống"`,
    );
  });

  it('limits the description to 160 characters', () => {
    expect(parse('pages', { ...base, description: 'x'.repeat(160) }).success).toBe(true);
    expect(firstIssue('pages', { ...base, description: 'x'.repeat(161) })).toMatchInlineSnapshot(
      `"description: "description" is 161 characters; at most 160 are allowed: shorten it to one sentence / "description" dài 161 ký tự; tối đa 160: hãy rút gọn thành một câu"`,
    );
  });

  it('accepts only ASCII kebab-case slugs', () => {
    expect(firstIssue('pages', { ...base, slug: 'đèo-pha-đin' })).toMatchInlineSnapshot(
      `"slug: "slug" must use only a-z, 0-9 and single hyphens (no accents, no spaces), e.g. deo-pha-din / "slug" chỉ dùng chữ a-z không dấu, số 0-9 và dấu gạch ngang, ví dụ deo-pha-din"`,
    );
    expect(parse('pages', { ...base, slug: 'Pha Din' }).success).toBe(false);
    expect(parse('pages', { ...base, slug: 'pha--din' }).success).toBe(false);
  });

  it('rejects a date that is not a date', () => {
    expect(firstIssue('pages', { ...base, updated: '26/11/2026x' })).toMatchInlineSnapshot(
      `"updated: "updated" must be a date written YYYY-MM-DD, for example 2025-07-01 / "updated" phải là ngày dạng NNNN-TT-NN, ví dụ 2025-07-01"`,
    );
  });

  it('needs at least one source, each with a title and a web address if any', () => {
    expect(firstIssue('pages', { ...base, sources: [] })).toMatchInlineSnapshot(
      `"sources: "sources" needs at least one source for the facts on the page / "sources" cần ít nhất một nguồn"`,
    );
    expect(
      firstIssue('pages', { ...base, sources: [{ title: 'x', url: 'javascript:alert(1)' }] }),
    ).toMatchInlineSnapshot(
      `"sources.0.url: a source "url" must start with https:// or http:// / đường dẫn nguồn phải bắt đầu bằng https:// hoặc http://"`,
    );
  });

  it('requires alt text for a cover image', () => {
    expect(firstIssue('pages', { ...base, cover: { src: './cover.svg' } })).toMatchInlineSnapshot(
      `"cover.alt: is required but missing: add a line "alt: …" (what the image shows, for readers who cannot see it) / bắt buộc nhưng đang thiếu: hãy thêm dòng "alt: …" (mô tả ảnh cho người khiếm thị)"`,
    );
  });

  it('rejects unknown fields, so a typo is not silently ignored', () => {
    const result = parse('pages', { ...base, titel: 'typo' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]!.code).toBe('unrecognized_keys');
  });
});

describe('staying current', () => {
  it('keeps the review date and reviews topics yearly unless told otherwise', () => {
    const result = parse('culture', { ...base, reviewed: '2026-11-30' });
    expect(result.success && result.data.reviewed).toEqual(new Date('2026-11-30'));
    expect(result.success && result.data.reviewEvery).toBe('yearly');
    expect(parse('culture', { ...base, reviewEvery: 'quarterly' }).data?.reviewEvery).toBe(
      'quarterly',
    );
  });

  it('never asks for a review of news and documents by default', () => {
    const news = parse('news', { ...base, published: '2024-11-19' });
    expect(news.success && news.data.reviewEvery).toBe('never');
  });

  it('explains the review intervals and refuses a review date that is not a day', () => {
    expect(firstIssue('pages', { ...base, reviewEvery: 'annually' })).toMatchInlineSnapshot(
      `"reviewEvery: "reviewEvery" must be one of quarterly, half-yearly, yearly, two-yearly, never: how often the facts must be checked again ("never" for news and documents that record one date) / "reviewEvery" phải là một trong quarterly, half-yearly, yearly, two-yearly, never: bao lâu phải kiểm tra lại thông tin ("never" cho tin tức, văn bản chỉ ghi nhận một thời điểm)"`,
    );
    expect(firstIssue('pages', { ...base, reviewed: '2026-02-30' })).toMatch(
      /^reviewed: "reviewed" must be a date written YYYY-MM-DD/,
    );
  });

  it('records when a source was read', () => {
    const sources = [{ title: 'VNA', url: 'https://en.vietnamplus.vn/', accessed: '2026-12-01' }];
    const result = parse('pages', { ...base, sources });
    expect(result.success && result.data.sources[0]!.accessed).toEqual(new Date('2026-12-01'));
    expect(
      firstIssue('pages', { ...base, sources: [{ title: 'x', accessed: 'yesterday' }] }),
    ).toMatch(/^sources\.0\.accessed: "sources.accessed" must be a date/);
  });
});

describe('places', () => {
  it('heritage pages need a place', () => {
    expect(firstIssue('heritage', base)).toMatch(/^place: /);
    expect(parse('heritage', { ...base, place }).success).toBe(true);
  });

  it('needs a precision', () => {
    const { precision: _omit, ...noPrecision } = place;
    expect(firstIssue('heritage', { ...base, place: noPrecision })).toMatchInlineSnapshot(
      `"place.precision: is required but missing: add a line "precision: …" (one of site, commune, district, city; "site" only for a surveyed point of the place itself) / bắt buộc nhưng đang thiếu: hãy thêm dòng "precision: …" (một trong site, commune, district, city; chỉ dùng "site" khi có tọa độ chính xác của địa điểm)"`,
    );
  });

  it('rejects a point outside Sơn La, such as swapped coordinates', () => {
    expect(
      firstIssue('heritage', { ...base, place: { ...place, lat: 103.68389, lon: 21.44167 } }),
    ).toMatchInlineSnapshot(
      `"place.lat: "lat" (latitude) is 103.68389, but a latitude lies between -90 and 90: check that lat and lon are not swapped (Sơn La is about lat 21, lon 104) / "lat" (vĩ độ) là 103.68389, nhưng vĩ độ chỉ nằm trong khoảng -90 đến 90: kiểm tra lat và lon có bị đảo không (Sơn La khoảng vĩ độ 21, kinh độ 104)"`,
    );
    expect(
      firstIssue('heritage', { ...base, place: { ...place, lat: 21.0285, lon: 105.8542 } }),
    ).toMatchInlineSnapshot(
      `"place.lat: "place" lies outside Sơn La province: check that lat and lon are not swapped and have the right decimals (Sơn La is about lat 20.6–22.0, lon 103.2–105.1); for a partner place abroad add "outsideProvince: true" / "place" nằm ngoài tỉnh Sơn La: kiểm tra lat/lon có bị đảo hoặc sai số thập phân không (Sơn La khoảng vĩ độ 20,6–22,0, kinh độ 103,2–105,1); địa điểm ở nước ngoài thì thêm "outsideProvince: true""`,
    );
  });

  it('allows partner places abroad when marked', () => {
    const luangPrabang = {
      lat: 19.883333,
      lon: 102.133333,
      precision: 'city',
      outsideProvince: true,
      category: 'cooperation',
    };
    expect(parse('cooperation', { ...base, place: luangPrabang }).success).toBe(true);
    expect(
      parse('cooperation', { ...base, place: { ...luangPrabang, outsideProvince: false } }).success,
    ).toBe(false);
  });

  it('accepts a relic rank only from the known list', () => {
    expect(parse('heritage', { ...base, place, rank: 'special-national' }).success).toBe(true);
    expect(parse('heritage', { ...base, place, rank: 'world-famous' }).success).toBe(false);
  });
});

describe('per-type fields', () => {
  it('news needs a publication date and a coherent event', () => {
    expect(firstIssue('news', base)).toMatch(/^published: /);
    expect(
      parse('news', { ...base, published: '2024-11-19', event: { start: '2024-11-19' } }).success,
    ).toBe(true);
    expect(
      firstIssue('news', {
        ...base,
        published: '2024-11-19',
        event: { start: '2024-11-19', end: '2024-11-01' },
      }),
    ).toMatchInlineSnapshot(
      `"event.end: "event.end" is before "event.start" / "event.end" sớm hơn "event.start""`,
    );
  });

  it('documents need number, issuer, date signed and a known type', () => {
    const doc = {
      ...base,
      number: '2477/QĐ-UBND',
      issuer: 'UBND tỉnh Sơn La',
      signed: '2014-09-18',
      docType: 'decision',
    };
    expect(parse('documents', doc).success).toBe(true);
    expect(firstIssue('documents', { ...doc, number: '' })).toMatch(/^number: /);
    expect(firstIssue('documents', { ...doc, docType: 'memo' })).toMatch(/^docType: /);
    expect(firstIssue('documents', { ...doc, signed: 'yesterday' })).toMatch(
      /^signed: "signed" must be a date/,
    );
  });

  it('investment opportunities need sector, status and contact', () => {
    const opportunity = {
      title: 'Land at Mai Sơn IP',
      sector: 'industry',
      location: 'Mai Sơn',
      status: 'open',
      contact: 'sonla.gov.vn',
    };
    expect(parse('invest', { ...base, opportunities: [opportunity] }).success).toBe(true);
    expect(
      firstIssue('invest', { ...base, opportunities: [{ ...opportunity, contact: '' }] }),
    ).toMatch(/^opportunities.0.contact: /);
    expect(
      firstIssue('invest', { ...base, opportunities: [{ ...opportunity, status: 'maybe' }] }),
    ).toMatch(/^opportunities.0.status: /);
  });

  it('plan activities carry a number, lead agency and status', () => {
    const activity = {
      number: 15,
      activity: 'Restore the Lao Khô relic',
      lead: 'Department of Culture, Sports and Tourism',
      status: 'done',
    };
    const result = schemas.cooperation(image).safeParse({ ...base, activities: [activity] });
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.activities?.[0]?.coordinating).toEqual([]);
    expect(
      firstIssue('cooperation', { ...base, activities: [{ ...activity, number: 0 }] }),
    ).toMatch(/^activities.0.number: /);
  });
});
