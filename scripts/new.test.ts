import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSiteContent } from '../src/site/content-check';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(): string {
  root = mkdtempSync(join(tmpdir(), 'son-la-new-'));
  cpSync(join(process.cwd(), 'tests/fixtures/content/base'), root, { recursive: true });
  return root;
}

const run = (args: string[]) =>
  spawnSync(TSX, [join(process.cwd(), 'scripts/new.ts'), '--root', root, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('npm run new', { timeout: 60_000 }, () => {
  it('creates both language files that the check refuses until the placeholders are filled', () => {
    site();
    const result = run([
      '--section',
      'heritage',
      '--slug',
      'ban-hang',
      '--slug-vi',
      'di-tich-ban-hang',
    ]);
    expect(result.status).toBe(0);
    const vi = readFileSync(join(root, 'content/heritage/ban-hang/index.vi.mdx'), 'utf8');
    expect(vi).toContain('slug: di-tich-ban-hang');
    expect(vi).toContain('lat: "CẦN ĐIỀN: vĩ độ, ví dụ 21.327"');

    const before = checkSiteContent(root).problems.filter((p) => p.severity === 'error');
    expect(before.map((p) => `${p.file} — ${p.where}`)).toMatchInlineSnapshot(`
      [
        "content/heritage/ban-hang/index.en.mdx — title",
        "content/heritage/ban-hang/index.en.mdx — description",
        "content/heritage/ban-hang/index.en.mdx — sources[0].title",
        "content/heritage/ban-hang/index.en.mdx — place.lat",
        "content/heritage/ban-hang/index.en.mdx — place.lon",
        "content/heritage/ban-hang/index.en.mdx — place.precision",
        "content/heritage/ban-hang/index.en.mdx — line 16",
        "content/heritage/ban-hang/index.en.mdx — line 18",
        "content/heritage/ban-hang/index.vi.mdx — title",
        "content/heritage/ban-hang/index.vi.mdx — description",
        "content/heritage/ban-hang/index.vi.mdx — sources[0].title",
        "content/heritage/ban-hang/index.vi.mdx — place.lat",
        "content/heritage/ban-hang/index.vi.mdx — place.lon",
        "content/heritage/ban-hang/index.vi.mdx — place.precision",
        "content/heritage/ban-hang/index.vi.mdx — line 16",
        "content/heritage/ban-hang/index.vi.mdx — line 18",
      ]
    `);

    for (const locale of ['vi', 'en']) {
      const file = join(root, `content/heritage/ban-hang/index.${locale}.mdx`);
      const filled = readFileSync(file, 'utf8')
        .replace(/lat: ".*"/, 'lat: 21.1')
        .replace(/lon: ".*"/, 'lon: 104.2')
        .replace(/precision: ".*"/, 'precision: commune')
        .replace(/"(CẦN ĐIỀN|TODO): [^"]*"/g, '"Bản Hằng"')
        .replace(/(CẦN ĐIỀN|TODO): [^\n]*/g, 'Bản Hằng.');
      writeFileSync(file, filled);
    }
    expect(checkSiteContent(root).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses an unknown section, an accented name and an existing folder, in both languages', () => {
    site();
    expect(run(['--section', 'history', '--slug', 'x']).stderr).toMatchInlineSnapshot(`
      "✗ EN: "history" is not a section: use one of culture, heritage, visit, invest, cooperation, news, documents, pages
        VI: "history" không phải chuyên mục: dùng một trong culture, heritage, visit, invest, cooperation, news, documents, pages
      "
    `);
    expect(run(['--section', 'heritage', '--slug', 'Bản-Hằng']).stderr).toMatchInlineSnapshot(`
      "✗ EN: folder "Bản-Hằng" must use only a-z, 0-9 and single hyphens (no accents, no spaces), e.g. deo-pha-din
        VI: folder "Bản-Hằng" chỉ dùng chữ a-z không dấu, số 0-9 và dấu gạch ngang, ví dụ deo-pha-din
      "
    `);
    expect(run(['--section', 'heritage', '--slug', 'lao-kho']).stderr).toMatchInlineSnapshot(`
      "✗ EN: content/heritage/lao-kho/ already exists: choose another name
        VI: content/heritage/lao-kho/ đã tồn tại: hãy chọn tên khác
      "
    `);
  });

  it('fills every required field of every section so only placeholders remain to fix', () => {
    site();
    for (const section of [
      'culture',
      'heritage',
      'visit',
      'invest',
      'cooperation',
      'news',
      'documents',
      'pages',
    ]) {
      expect(run(['--section', section, '--slug', `new-${section}`]).status).toBe(0);
    }
    const nonPlaceholder = checkSiteContent(root).problems.filter(
      (p) => p.severity === 'error' && !/placeholder/.test(p.en),
    );
    expect(nonPlaceholder).toEqual([]);
  });
});
