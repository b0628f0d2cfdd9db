import { describe, expect, it } from 'vitest';
import { checkContentLayout, formatLayoutProblems } from './layout';

describe('content folder layout', () => {
  it('accepts complete topics with their images', () => {
    expect(
      checkContentLayout([
        'heritage/lao-kho/index.vi.mdx',
        'heritage/lao-kho/index.en.mdx',
        'heritage/lao-kho/cover.svg',
        'heritage/lao-kho/img/map.png',
        'README.md',
      ]),
    ).toEqual([]);
  });

  it('names the missing translation file and how to create it', () => {
    expect(formatLayoutProblems(checkContentLayout(['heritage/lao-kho/index.vi.mdx'])))
      .toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx
          missing English (en) translation of content/heritage/lao-kho/index.vi.mdx
          → create content/heritage/lao-kho/index.en.mdx (copy content/heritage/lao-kho/index.vi.mdx and translate it)"
    `);
  });

  it('reports a topic folder without any language file once', () => {
    expect(checkContentLayout(['culture/troupes/cover.svg'])).toEqual([
      {
        file: 'content/culture/troupes/',
        problem: 'topic folder has no language file',
        fix: 'add index.vi.mdx and index.en.mdx, or delete the folder',
        problemVi: 'thư mục bài chưa có tệp ngôn ngữ nào',
        fixVi: 'thêm index.vi.mdx và index.en.mdx, hoặc xóa thư mục',
      },
    ]);
  });

  it('reports files that would otherwise be silently ignored', () => {
    const problems = checkContentLayout([
      'heritage/lao-kho/index.vi.mdx',
      'heritage/lao-kho/index.en.mdx',
      'heritage/lao-kho/vn.mdx',
      'heritage/loose.mdx',
      'tourism/moc-chau/index.vi.mdx',
      'heritage/Lao Kho/index.vi.mdx',
      'heritage/Lao Kho/index.en.mdx',
    ]);
    expect(problems.map((p) => `${p.file}: ${p.problem}`)).toEqual([
      'content/heritage/lao-kho/vn.mdx: "vn.mdx" is not a language file, so it would never be published',
      'content/heritage/loose.mdx: a file directly in a section folder is not published',
      'content/tourism/moc-chau/index.vi.mdx: "tourism" is not a content section, so nothing in it is published',
      'content/heritage/Lao Kho/index.vi.mdx: topic folder "Lao Kho" is not a plain ASCII name',
      'content/heritage/Lao Kho/index.en.mdx: topic folder "Lao Kho" is not a plain ASCII name',
    ]);
  });

  it('tells an editor with a file in the old layout what to rename it to', () => {
    expect(
      checkContentLayout(['heritage/lao-kho/vi.mdx', 'heritage/lao-kho/index.en.mdx'])[0],
    ).toEqual({
      file: 'content/heritage/lao-kho/vi.mdx',
      problem: '"vi.mdx" uses the old file name, so it would never be published',
      fix: 'rename it to index.vi.mdx',
      problemVi: '"vi.mdx" dùng tên tệp cũ nên sẽ không bao giờ được xuất bản',
      fixVi: 'đổi tên thành index.vi.mdx',
    });
  });
});
