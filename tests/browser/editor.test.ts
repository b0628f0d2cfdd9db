import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  editPane,
  field,
  openEditor,
  readRepo,
  repoFiles,
  saveAndWait,
  typeBody,
} from '../../scripts/lib/editor-harness.mjs';
import { parseFile } from '../../src/admin/browser/mdx-file';
import { MDX_KIT } from '../../src/components/mdx/kit';
import { checkContent } from '../../src/lib/content/check';
import { todayInSonLa } from '../../src/site/content-check';
import { axeViolations } from '../support/axe';
import { browserSuite } from '../support/suite';
import { tempSite } from '../support/temp-site';

/**
 * The real editor (dist/admin/, Sveltia CMS) in Debian's Chromium, offline:
 * "Work with Local Repository" on a copy of the real content kept in the
 * browser's private file system
 * (scripts/lib/editor-harness.mjs). What it writes is read back and checked
 * with the project's own content checker and a real build.
 */
const ROOT = process.cwd();
const suite = browserSuite();
const files = repoFiles(ROOT);
/** A real image to upload: the cover of the Lao Khô page. */
const PHOTO = join(ROOT, 'content/heritage/lao-kho/cover.png');
const TALL = { width: 1400, height: 3200 };
/** Sveltia asks githubstatus.com whether GitHub is up; the CSP refuses, and nothing is sent. */
const EXPECTED_VIOLATION = /^connect-src https:\/\/www\.githubstatus\.com\//;

let editor: Awaited<ReturnType<typeof openEditor>> | undefined;
const open = async () =>
  (editor = await openEditor(suite.browser, suite.server.origin, files, { viewport: TALL }));
afterEach(async () => {
  if (!editor) return;
  // Every test: nothing left 127.0.0.1, and the CSP had nothing else to refuse.
  expect(editor.external).toEqual([]);
  expect((await editor.violations()).filter((v: string) => !EXPECTED_VIOLATION.test(v))).toEqual(
    [],
  );
  await editor.close();
  editor = undefined;
});

const text = (repo: Map<string, Buffer>, path: string) => repo.get(path)?.toString('utf8') ?? '';

/** The lines of `path` that differ between two states of the repository, when the number of lines did not change. */
function changedLines(path: string, a: Map<string, Buffer>, b: Map<string, Buffer>) {
  const [old, now] = [a, b].map((repo) => text(repo, path).split('\n')) as [string[], string[]];
  expect(now.length).toBe(old.length);
  return now.flatMap((line, i) => (line === old[i] ? [] : [[old[i], line]]));
}

describe('the browser editor at /admin/', { timeout: 180_000 }, () => {
  it('creates a bilingual page with an image and a place, which passes the content check and builds into a linked pair', async () => {
    const { page } = await open();
    const before = await readRepo(page);
    await page.getByRole('treeitem', { name: /Heritage/ }).click();
    await page.getByRole('button', { name: 'Create New Entry' }).click();

    const vi = editPane(page, 'vi');
    await vi.getByRole('textbox', { name: 'Tiêu đề / Title' }).fill('Hang Thẩm Púa');
    await vi
      .getByRole('textbox', { name: 'Mô tả ngắn / Description' })
      .fill('Hang đá vôi ở phường Chiềng Cơi.');
    await vi.getByRole('textbox', { name: /Page address/ }).fill('hang-tham-pua');
    await vi.getByRole('textbox', { name: /Last updated/ }).fill('2026-12-01');
    await vi.getByRole('checkbox', { name: /Add .*Cover image/ }).check();
    const cover = field(vi, 'Ảnh bìa / Cover image');
    await field(cover, 'Tệp ảnh / Image file')
      .locator('input[type=file]')
      .first()
      .setInputFiles(PHOTO);
    await cover.getByRole('textbox', { name: /Alt text/ }).fill('Cửa hang nhìn từ chân núi');
    const place = field(vi, 'Vị trí trên bản đồ / Place on the map');
    await place.scrollIntoViewIfNeeded();
    await place.getByRole('spinbutton', { name: /Latitude/ }).fill('21.327');
    await place.getByRole('spinbutton', { name: /Longitude/ }).fill('103.914');
    await place.getByRole('radio', { name: /^commune/ }).check();
    await place.getByRole('textbox', { name: /Commune\/ward/ }).fill('Chiềng Cơi');
    await place
      .getByRole('textbox', { name: /Where the point/ })
      .fill('trung tâm phường Chiềng Cơi');
    const sources = field(vi, 'Nguồn / Sources');
    await sources.scrollIntoViewIfNeeded();
    await sources.getByRole('button', { name: /Add .*Sources/ }).click();
    await sources
      .getByRole('textbox', { name: /Source title/ })
      .fill('Cổng thông tin điện tử tỉnh Sơn La');
    await sources.getByRole('textbox', { name: /^Đường dẫn/ }).fill('https://sonla.gov.vn/');
    await typeBody(page, vi, 'Hang nằm ở phường Chiềng Cơi.');

    // The translation: only what is read in English; the image, place and link are already there.
    await vi.getByRole('radio', { name: 'English' }).click();
    const en = editPane(page, 'en');
    await en.getByRole('textbox', { name: 'Tiêu đề / Title' }).fill('Thẩm Púa cave');
    await en
      .getByRole('textbox', { name: 'Mô tả ngắn / Description' })
      .fill('A limestone cave in Chiềng Cơi ward.');
    await en.getByRole('textbox', { name: /Page address/ }).fill('tham-pua-cave');
    await field(en, 'Ảnh bìa / Cover image')
      .getByRole('textbox', { name: /Alt text/ })
      .fill('The cave mouth seen from the foot of the hill');
    const enPlace = field(en, 'Vị trí trên bản đồ / Place on the map');
    await enPlace.scrollIntoViewIfNeeded();
    await enPlace
      .getByRole('textbox', { name: /Where the point/ })
      .fill('centre of Chiềng Cơi ward');
    const enSources = field(en, 'Nguồn / Sources');
    await enSources.scrollIntoViewIfNeeded();
    await enSources
      .getByRole('textbox', { name: /Source title/ })
      .fill('Sơn La provincial web portal');
    await typeBody(page, en, 'The cave is in Chiềng Cơi ward.');

    const { message, after, changed } = await saveAndWait(page, before);
    expect(message).toContain('Entry saved.');
    const folder = 'content/heritage/hang-tham-pua';
    expect(changed).toEqual([
      `${folder}/cover.png`,
      `${folder}/index.en.mdx`,
      `${folder}/index.vi.mdx`,
    ]);
    expect(after.get(`${folder}/cover.png`)!.equals(readFileSync(PHOTO))).toBe(true);

    const [vis, ens] = ['vi', 'en'].map(
      (l) => parseFile(text(after, `${folder}/index.${l}.mdx`)) as any,
    );
    expect([vis.slug, ens.slug]).toEqual(['hang-tham-pua', 'tham-pua-cave']);
    expect([vis.title, ens.title]).toEqual(['Hang Thẩm Púa', 'Thẩm Púa cave']);
    for (const shared of [
      (d: any) => d.updated,
      (d: any) => d.cover.src,
      (d: any) => ({ ...d.place, basis: undefined }),
      (d: any) => d.sources.map((s: any) => s.url),
    ])
      expect(shared(ens)).toEqual(shared(vis));
    expect(vis.cover.src).toBe('./cover.png');
    expect(vis.place).toMatchObject({
      lat: 21.327,
      lon: 103.914,
      precision: 'commune',
      commune: 'Chiềng Cơi',
    });
    expect([vis.cover.alt, ens.cover.alt]).toEqual([
      'Cửa hang nhìn từ chân núi',
      'The cave mouth seen from the foot of the hill',
    ]);

    // The project's own checker, in process, on the whole repository as the editor left it
    // (files in public/, which the editor did not touch, from the project).
    const { problems } = checkContent({
      source: {
        contentFiles: [...after.keys()]
          .filter((path) => path.startsWith('content/'))
          .map((path) => path.slice('content/'.length))
          .sort(),
        read: (path) => after.get(path)?.toString('utf8') ?? readFileSync(join(ROOT, path), 'utf8'),
        exists: (path) => after.has(path) || existsSync(join(ROOT, path)),
      },
      kit: MDX_KIT,
      today: todayInSonLa(),
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);

    // A real build of a small copy of the site with the new topic: a pair of linked pages.
    // (The copy holds the pages the footer needs and what they link to: see tempSite.)
    const site = tempSite();
    try {
      for (const path of changed) {
        mkdirSync(dirname(join(site.dir, path)), { recursive: true });
        writeFileSync(join(site.dir, path), after.get(path)!);
      }
      const build = site.build({ ASTRO_TELEMETRY_DISABLED: '1' });
      expect(build.status, build.output.slice(-2000)).toBe(0);
      const viPage = readFileSync(join(site.dist, 'vi/di-tich/hang-tham-pua/index.html'), 'utf8');
      const enPage = readFileSync(join(site.dist, 'en/heritage/tham-pua-cave/index.html'), 'utf8');
      expect(viPage).toMatch(/hreflang="en" href="[^"]*\/en\/heritage\/tham-pua-cave\/"/);
      expect(enPage).toMatch(/hreflang="vi" href="[^"]*\/vi\/di-tich\/hang-tham-pua\/"/);
      expect(viPage).toContain('Hang Thẩm Púa');
      expect(enPage).toMatch(/<img[^>]+alt="The cave mouth seen from the foot of the hill"/);
    } finally {
      site.remove();
    }
  });

  it('refuses a too-long description, a bad slug and a missing English title, saving nothing (axe-clean)', async () => {
    const { page } = await open();
    const before = await readRepo(page);
    expect(await axeViolations(page, 'editor: section list')).toEqual([]);
    await page.getByRole('treeitem', { name: /General pages/ }).click();
    await page.getByRole('button', { name: 'Create New Entry' }).click();
    const vi = editPane(page, 'vi');
    const description = vi.getByRole('textbox', { name: 'Mô tả ngắn / Description' });
    await vi.getByRole('textbox', { name: 'Tiêu đề / Title' }).fill('Trang thử');
    await description.fill('Mô tả quá dài. '.repeat(11).slice(0, 161));
    await vi.getByRole('textbox', { name: /Page address/ }).fill('trang-thu');
    await vi.getByRole('textbox', { name: /Last updated/ }).fill('2026-12-01');
    await vi.getByRole('button', { name: /Add .*Sources/ }).click();
    await vi.getByRole('textbox', { name: /Source title/ }).fill('Văn phòng UBND tỉnh');
    await vi.getByRole('textbox', { name: /^Đường dẫn/ }).fill('https://sonla.gov.vn/');
    await typeBody(page, vi, 'Nội dung thử.');
    await vi.getByRole('radio', { name: 'English' }).click();
    const en = editPane(page, 'en');
    const slug = en.getByRole('textbox', { name: /Page address/ });
    await en.getByRole('textbox', { name: 'Mô tả ngắn / Description' }).fill('A test page.');
    await slug.fill('Trang Thử!');
    await en.getByRole('textbox', { name: /Source title/ }).fill('Provincial office');
    await typeBody(page, en, 'Test text.');
    // What was typed is in the form (so that the counts below are the rules' doing).
    await expect(
      en.getByRole('textbox', { name: 'Mô tả ngắn / Description' }).inputValue(),
    ).resolves.toBe('A test page.');
    await expect(en.getByRole('textbox', { name: /Source title/ }).inputValue()).resolves.toBe(
      'Provincial office',
    );

    const attempt = async (errors: number) => {
      const result = await saveAndWait(page, before);
      // On a wrong count, the failure names the fields the editor complained about.
      const shown = await page.getByRole('alert').allTextContents();
      expect(result.message, shown.join(' | ')).toContain(
        errors > 1 ? `${errors} fields have errors` : 'One field has an error',
      );
      expect(result.changed).toEqual([]);
    };
    await attempt(3);
    // The form with its error messages, as a screen reader meets it.
    expect(await axeViolations(page, 'editor: form with errors')).toEqual([]);
    await expect(
      en.getByRole('alert').filter({ hasText: 'This field is required.' }).count(),
    ).resolves.toBe(1);
    await expect(
      en.getByText(/"slug" must use only a-z, 0-9 and single hyphens/).count(),
    ).resolves.toBe(1);

    await slug.fill('test-page');
    await attempt(2);
    await en.getByRole('radio', { name: 'Vietnamese' }).click();
    await expect(vi.getByText(/160/).first().isVisible()).resolves.toBe(true);
    await description.fill('Một trang để thử các quy tắc của biểu mẫu.');
    await attempt(1);
    await vi.getByRole('radio', { name: 'English' }).click();
    await en.getByRole('textbox', { name: 'Tiêu đề / Title' }).fill('Test page');
    const last = await saveAndWait(page, before);
    expect(last.message).toContain('Entry saved.');
    expect(last.changed).toEqual([
      'content/pages/trang-thu/index.en.mdx',
      'content/pages/trang-thu/index.vi.mdx',
    ]);
  });

  it("moves a real place's point once for both languages, changing only that line in each file", async () => {
    const { page } = await open();
    const admin = page.url().replace(/#.*$/, '');
    const topic = 'content/heritage/son-moc-huong-cave';
    const files = [`${topic}/index.en.mdx`, `${topic}/index.vi.mdx`];
    const before = await readRepo(page);
    const latLine = (repo: Map<string, Buffer>, path: string) =>
      text(repo, path)
        .split('\n')
        .find((line) => /^\s+lat: /.test(line));
    const oldLines = files.map((path) => latLine(before, path));
    expect(oldLines).toEqual(['  lat: 20.850061', '  lat: 20.850061']);

    await page.goto(`${admin}#/collections/heritage/entries/son-moc-huong-cave/index`);
    const place = field(editPane(page, 'vi'), 'Vị trí trên bản đồ / Place on the map');
    await place.scrollIntoViewIfNeeded();
    const latitude = place.getByRole('spinbutton', { name: /Latitude/ });
    await expect(latitude.inputValue()).resolves.toBe('20.850061');
    await latitude.fill('20.8502');
    const saved = await saveAndWait(page, before);
    expect(saved.message).toContain('Entry saved.');
    // The point is shared by both languages: entered once, written to both files.
    expect(saved.changed).toEqual(files);
    for (const path of files) {
      expect(changedLines(path, before, saved.after)).toEqual([
        ['  lat: 20.850061', '  lat: 20.8502'],
      ]);
    }
  });

  it('edits a real page with components, its title and then one figure of its fact box, changing only that line', async () => {
    const { page } = await open();
    const admin = page.url().replace(/#.*$/, '');
    const file = 'content/heritage/lao-kho/index.vi.mdx';
    const before = await readRepo(page);
    expect(text(before, file)).toMatch(/^<FactBox /m);

    await page.goto(`${admin}#/collections/heritage/entries/lao-kho/index`);
    const vi = editPane(page, 'vi');
    // The page's title, not a component's title field further down.
    const title = field(vi, 'Tiêu đề / Title').getByRole('textbox');
    const oldTitle = await title.inputValue();
    await title.fill(`${oldTitle} (Phiêng Khoài)`);
    const first = await saveAndWait(page, before);
    expect(first.message).toContain('Entry saved.');
    expect(first.changed).toEqual([file]);
    expect(changedLines(file, before, first.after)).toEqual([
      [`title: ${oldTitle}`, `title: ${oldTitle} (Phiêng Khoài)`],
    ]);

    await page.goto(`${admin}#/collections/heritage/entries/lao-kho/index`);
    const factBox = editPane(page, 'vi').getByRole('group', {
      name: 'Hộp số liệu / Fact box',
    });
    await factBox.scrollIntoViewIfNeeded();
    const value = factBox.getByRole('textbox', { name: 'Giá trị / Value' }).last();
    const oldValue = await value.inputValue();
    await value.fill('14 người');
    const second = await saveAndWait(page, first.after);
    expect(second.message).toContain('Entry saved.');
    expect(second.changed).toEqual([file]);
    const [[from, to]] = changedLines(file, first.after, second.after) as [[string, string]];
    expect(from).toContain(`<Fact value="${oldValue}"`);
    expect(to).toBe(from.replace(`value="${oldValue}"`, 'value="14 người"'));
  });
});
