import { describe, expect, it } from 'vitest';
import { MDX_KIT } from '../../components/mdx/kit';
import { fixtureSite, type FixtureSite } from '../../../tests/support/fixture-site';
import { checkContent } from './check';
import { CONTENT_COLLECTIONS } from '../routes/sections';
import { planTopic } from './scaffold';

/** What `npm run new` writes (planTopic), checked by the content checker as the build would. */

const TODAY = '2026-12-01';

function create(site: FixtureSite, section: string, topic: string, slugVi = topic) {
  const plan = planTopic({
    section,
    topic,
    slugs: { vi: slugVi, en: topic },
    today: TODAY,
    exists: (path) => site.source().exists(path),
  });
  if (plan.ok) for (const [path, text] of Object.entries(plan.files)) site.write(path, text);
  return plan;
}

const errors = (site: FixtureSite) =>
  checkContent({ source: site.source(), kit: MDX_KIT, today: TODAY }).problems.filter(
    (p) => p.severity === 'error',
  );

describe('npm run new (planTopic)', () => {
  it('creates both language files that the check refuses until the placeholders are filled', () => {
    const site = fixtureSite();
    expect(create(site, 'heritage', 'ban-hang', 'di-tich-ban-hang').ok).toBe(true);
    const vi = site.read('content/heritage/ban-hang/index.vi.mdx');
    expect(vi).toContain('slug: di-tich-ban-hang');
    expect(vi).toContain('lat: "CẦN ĐIỀN: vĩ độ, ví dụ 21.327"');
    expect(vi).toContain(`updated: "${TODAY}"`);

    expect(errors(site).map((p) => `${p.file} — ${p.where}`)).toMatchInlineSnapshot(`
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
      site.edit(`content/heritage/ban-hang/index.${locale}.mdx`, (text) =>
        text
          .replace(/lat: ".*"/, 'lat: 21.1')
          .replace(/lon: ".*"/, 'lon: 104.2')
          .replace(/precision: ".*"/, 'precision: commune')
          .replace(/"(CẦN ĐIỀN|TODO): [^"]*"/g, '"Bản Hằng"')
          .replace(/(CẦN ĐIỀN|TODO): [^\n]*/g, 'Bản Hằng.'),
      );
    }
    expect(errors(site)).toEqual([]);
  });

  it('refuses an unknown section, an accented name and an existing folder, in both languages', () => {
    const site = fixtureSite();
    const refusal = (section: string, topic: string) => {
      const plan = create(site, section, topic);
      return plan.ok ? 'created' : `EN: ${plan.message.en}\nVI: ${plan.message.vi}`;
    };
    expect(refusal('history', 'x')).toMatchInlineSnapshot(`
      "EN: "history" is not a section: use one of culture, heritage, visit, invest, cooperation, news, documents, pages
      VI: "history" không phải chuyên mục: dùng một trong culture, heritage, visit, invest, cooperation, news, documents, pages"
    `);
    expect(refusal('heritage', 'Bản-Hằng')).toMatchInlineSnapshot(`
      "EN: folder "Bản-Hằng" must use only a-z, 0-9 and single hyphens (no accents, no spaces), e.g. deo-pha-din
      VI: folder "Bản-Hằng" chỉ dùng chữ a-z không dấu, số 0-9 và dấu gạch ngang, ví dụ deo-pha-din"
    `);
    expect(refusal('heritage', 'lao-kho')).toMatchInlineSnapshot(`
      "EN: content/heritage/lao-kho/ already exists: choose another name
      VI: content/heritage/lao-kho/ đã tồn tại: hãy chọn tên khác"
    `);
  });

  it('fills every required field of every section so only placeholders remain to fix', () => {
    const site = fixtureSite();
    for (const section of CONTENT_COLLECTIONS) {
      expect(create(site, section, `new-${section}`).ok).toBe(true);
    }
    expect(errors(site).filter((p) => !/placeholder/.test(p.en))).toEqual([]);
  });
});
