import { describe, expect, it } from 'vitest';
import { formatProblems } from '../problem';
import { layoutProblems } from './layout';

describe('content folder layout', () => {
  it('accepts complete topics with their images', () => {
    expect(
      layoutProblems([
        'heritage/lao-kho/index.vi.mdx',
        'heritage/lao-kho/index.en.mdx',
        'heritage/lao-kho/cover.svg',
        'heritage/lao-kho/img/map.png',
        'README.md',
      ]),
    ).toEqual([]);
  });

  it('names the missing translation file and how to create it', () => {
    expect(formatProblems(layoutProblems(['heritage/lao-kho/index.vi.mdx'])))
      .toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — file
          EN: missing English (en) translation of content/heritage/lao-kho/index.vi.mdx: create content/heritage/lao-kho/index.en.mdx (copy content/heritage/lao-kho/index.vi.mdx and translate it)
          VI: thiếu bản tiếng Anh (en) của content/heritage/lao-kho/index.vi.mdx: tạo content/heritage/lao-kho/index.en.mdx (sao chép content/heritage/lao-kho/index.vi.mdx rồi dịch)"
    `);
  });

  it('reports a topic folder without any language file once', () => {
    expect(formatProblems(layoutProblems(['culture/troupes/cover.svg']))).toMatchInlineSnapshot(`
      "✗ content/culture/troupes/ — file
          EN: topic folder has no language file: add index.vi.mdx and index.en.mdx, or delete the folder
          VI: thư mục bài chưa có tệp ngôn ngữ nào: thêm index.vi.mdx và index.en.mdx, hoặc xóa thư mục"
    `);
  });

  it('reports files that would otherwise be silently ignored', () => {
    const problems = layoutProblems([
      'heritage/lao-kho/index.vi.mdx',
      'heritage/lao-kho/index.en.mdx',
      'heritage/lao-kho/vn.mdx',
      'heritage/loose.mdx',
      'tourism/moc-chau/index.vi.mdx',
      'heritage/Lao Kho/index.vi.mdx',
      'heritage/Lao Kho/index.en.mdx',
    ]);
    expect(problems.map((p) => `${p.file}: ${p.en}`)).toMatchInlineSnapshot(`
      [
        "content/heritage/lao-kho/vn.mdx: "vn.mdx" is not a language file, so it would never be published: name the file after its language: index.vi.mdx or index.en.mdx",
        "content/heritage/loose.mdx: a file directly in a section folder is not published: put each topic in its own folder: content/heritage/<topic>/index.vi.mdx and index.en.mdx",
        "content/tourism/moc-chau/index.vi.mdx: "tourism" is not a content section, so nothing in it is published: use one of: culture, heritage, visit, invest, cooperation, news, documents, pages",
        "content/heritage/Lao Kho/index.vi.mdx: topic folder "Lao Kho" is not a plain ASCII name: rename the folder with a-z, 0-9 and hyphens only, e.g. deo-pha-din",
        "content/heritage/Lao Kho/index.en.mdx: topic folder "Lao Kho" is not a plain ASCII name: rename the folder with a-z, 0-9 and hyphens only, e.g. deo-pha-din",
      ]
    `);
  });

  it('tells an editor with a file in the old layout what to rename it to', () => {
    expect(
      formatProblems(
        layoutProblems(['heritage/lao-kho/vi.mdx', 'heritage/lao-kho/index.en.mdx']).slice(0, 1),
      ),
    ).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/vi.mdx — file
          EN: "vi.mdx" uses the old file name, so it would never be published: rename it to index.vi.mdx
          VI: "vi.mdx" dùng tên tệp cũ nên sẽ không bao giờ được xuất bản: đổi tên thành index.vi.mdx"
    `);
  });
});
