import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSpec } from '../cms-config';
import { ORIGINAL, formatFile, parseFile } from './mdx-file';

const spec = fileSpec();
const topicFiles = readdirSync('content').flatMap((collection) =>
  readdirSync(join('content', collection)).flatMap((topic) =>
    ['vi', 'en'].map((locale) => join('content', collection, topic, `index.${locale}.mdx`)),
  ),
);
/** A page in the shape the site's pages have: quotes where the authors put them, a body. */
const laoKho = `---
title: Khu di tích lịch sử cách mạng Việt Nam – Lào tại bản Lao Khô
description: Căn cứ của Ban xung phong Lào Bắc (1948–1950); di tích quốc gia đặc biệt.
slug: di-tich-lao-kho
updated: 2026-11-26
cover:
  src: ./cover.png
  alt: "Hình minh họa: nếp nhà gỗ bên cột mốc"
place:
  lat: 21.045
  lon: 104.30667
  precision: district
  commune: Phiêng Khoài
rank: special-national
rankDecision: "93/QĐ-TTg, 18/01/2022"
sources:
  - title: Giới thiệu Khu di tích Lao Khô
    publisher: Cổng thông tin điện tử huyện Yên Châu
    note: "Bài số 419496."
  - title: Quyết định số 2477/QĐ-UBND
    date: "2014-09-18"
---

## Bản làng mang tên người cưu mang cách mạng

Bản Lao Khô thuộc xã Phiêng Khoài.
`;

/** Lines of `after` that are not in `before`, and the other way round. */
function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((l) => !a.includes(l)) };
}

/** What Sveltia hands the format on save: the values, without the carried text. */
function edited(text: string, change: (data: Record<string, unknown>) => void) {
  const data = structuredClone(parseFile(text));
  change(data);
  return formatFile(data, spec);
}

describe('the editor’s file format (src/admin/browser/mdx-file.ts)', () => {
  it('writes every content file back byte for byte when nothing changed', () => {
    expect(topicFiles.length).toBeGreaterThan(100);
    for (const file of topicFiles) {
      const text = readFileSync(file, 'utf8');
      expect(formatFile(parseFile(text), spec), file).toBe(text);
    }
  });

  it('changes only the line of the edited value, keeping quotes and order elsewhere', () => {
    const after = edited(laoKho, (data) => {
      data.title = 'Khu di tích Lao Khô';
    });
    expect(lineDiff(laoKho, after)).toEqual({
      removed: ['title: Khu di tích lịch sử cách mạng Việt Nam – Lào tại bản Lao Khô'],
      added: ['title: Khu di tích Lao Khô'],
    });
  });

  it('reads dates as text and writes the schema’s dates bare, date-like text quoted', () => {
    const data = parseFile(laoKho);
    expect(data.updated).toBe('2026-11-26');
    const after = edited(laoKho, (d) => {
      d.updated = '2026-12-01';
      (d.sources as { date?: string }[])[0]!.date = '2026-12-02';
    });
    expect(after).toContain('\nupdated: 2026-12-01\n');
    // js-yaml (Astro) would read a bare 2026-12-02 as a date, and sources.*.date is text.
    expect(after).toContain('    date: "2026-12-02"\n');
  });

  it('adds a new key at its place and leaves schema defaults out', () => {
    const after = edited(laoKho, (d) => {
      d.agency = 'Sở Văn hóa, Thể thao và Du lịch';
      d.draft = false;
      (d.place as Record<string, unknown>).outsideProvince = false;
    });
    expect(lineDiff(laoKho, after)).toEqual({
      removed: [],
      added: ['agency: Sở Văn hóa, Thể thao và Du lịch'],
    });
    expect(after.indexOf('agency:')).toBeLessThan(after.indexOf('sources:'));
    expect(after.indexOf('agency:')).toBeGreaterThan(after.indexOf('rankDecision:'));
  });

  it('removes an emptied optional field with its lines', () => {
    const after = edited(laoKho, (d) => {
      delete d.rankDecision;
      d.cover = null;
    });
    expect(after).not.toMatch(/^rankDecision:|^cover:|^ {2}alt:/m);
    expect(lineDiff(laoKho, after).added).toEqual([]);
  });

  it('keeps the body’s bytes when only its surrounding space differs', () => {
    const { body } = parseFile(laoKho) as { body: string };
    expect(edited(laoKho, (d) => (d.body = body.trim()))).toBe(laoKho);
    const changed = edited(laoKho, (d) => (d.body = `${body.trim()}\n\nMột đoạn mới.`));
    expect(lineDiff(laoKho, changed)).toEqual({ removed: [], added: ['Một đoạn mới.'] });
  });

  it('stores Vietnamese typed with separate accent marks precomposed (NFC), as the build requires', () => {
    const decomposed = 'Bản Lao Khô, Phiêng Khoài'.normalize('NFD');
    const text = edited(laoKho, (data) => {
      data.title = decomposed;
      (data.sources as { note?: string }[])[0]!.note = decomposed;
      data.body = `${data.body as string}\n${decomposed}.`;
    });
    expect(text).toBe(text.normalize('NFC'));
    expect(lineDiff(laoKho, text).added).toEqual([
      'title: Bản Lao Khô, Phiêng Khoài',
      '    note: "Bản Lao Khô, Phiêng Khoài"',
      'Bản Lao Khô, Phiêng Khoài.',
    ]);
  });

  it('writes a new page in the site’s order, with a blank line before the body', () => {
    const text = formatFile(
      {
        body: 'Hang nằm ở phường Chiềng Cơi.',
        sources: [
          { title: 'Cổng thông tin tỉnh Sơn La', url: 'https://sonla.gov.vn/', date: '2025-07-01' },
        ],
        place: { lat: 21.327, lon: 103.914, precision: 'commune', outsideProvince: false },
        cover: { src: './photo.png', alt: 'Cửa hang: nhìn từ chân núi' },
        draft: false,
        updated: '2026-12-01',
        slug: 'hang-tham-pua',
        description: 'Một hang đá vôi.',
        title: 'Hang Thẩm Púa',
        agency: '',
      },
      spec,
    );
    expect(text).toBe(
      [
        '---',
        'title: Hang Thẩm Púa',
        'description: Một hang đá vôi.',
        'slug: hang-tham-pua',
        'updated: 2026-12-01',
        'cover:',
        '  src: ./photo.png',
        '  alt: "Cửa hang: nhìn từ chân núi"',
        'place:',
        '  lat: 21.327',
        '  lon: 103.914',
        '  precision: commune',
        'sources:',
        '  - title: Cổng thông tin tỉnh Sơn La',
        '    url: https://sonla.gov.vn/',
        '    date: "2025-07-01"',
        '---',
        '',
        'Hang nằm ở phường Chiềng Cơi.',
        '',
      ].join('\n'),
    );
    expect(parseFile(text)[ORIGINAL]).toBe(text);
  });
});
