/**
 * `npm run docs:screenshots` — the pictures in docs/editor-guide.{vi,en}.md,
 * taken from the real editor (dist/admin/, so run `npm run build` first) in
 * Debian's Chromium, offline, on a copy of the content kept in the browser
 * (scripts/lib/editor-harness.mjs): nothing is saved to this repository.
 * The Vietnamese guide gets the editor's Vietnamese interface, the English
 * guide its English one. Writes docs/img/editor/<vi|en>/NN-step.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  editPane,
  field,
  openEditor,
  previewPane,
  readRepo,
  repoFiles,
  reveal,
  saveAndWait,
  typeBody,
  uiStrings,
} from './lib/editor-harness.mjs';
import { serveStatic } from './lib/static-site.mjs';
import { launchChromium } from '../tests/support/browser';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');
if (!existsSync(join(DIST, 'admin/index.html'))) {
  console.error('dist/admin/ is missing: run `npm run build` first.');
  process.exit(1);
}

const VIEWPORT = { width: 1280, height: 820 };
const PHOTO = join(ROOT, 'content/heritage/lao-kho/cover.png');

async function shoot(page: Page, dir: string, name: string, what?: Locator) {
  await page.evaluate(() => document.fonts.ready);
  const path = join(dir, `${name}.png`);
  if (what) await what.screenshot({ path });
  else await page.screenshot({ path });
  console.log(`  ${path.slice(ROOT.length + 1)}`);
}

async function walkThrough(language: 'vi' | 'en', origin: string) {
  // The guide's language is the editor's interface language (Sveltia names its locale files so).
  const ui = uiStrings(language === 'vi' ? 'vi' : 'en-US');
  const dir = join(ROOT, 'docs/img/editor', language);
  mkdirSync(dir, { recursive: true });
  console.log(`${language}:`);
  const browser = await launchChromium();
  try {
    const editor = await openEditor(browser, origin, repoFiles(ROOT), { ui, viewport: VIEWPORT });
    const { page } = editor;
    const admin = page.url().replace(/#.*$/, '');

    // 1. The sign-in page, as an editor first sees it.
    const signIn = await browser.newPage({
      viewport: VIEWPORT,
      locale: language === 'vi' ? 'vi-VN' : 'en-US',
    });
    await signIn.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    await signIn.goto(admin);
    await signIn.getByRole('button', { name: ui.workWithLocalRepo }).waitFor();
    await shoot(signIn, dir, '01-sign-in');
    await signIn.close();

    // 2. The sections, and the pages of one.
    await page.getByRole('treeitem', { name: /Heritage/ }).click();
    await shoot(page, dir, '02-collections');

    // 3. A new page, Vietnamese first.
    const before = await readRepo(page);
    await page.getByRole('button', { name: ui.createNewEntry }).click();
    const vi = editPane(page, 'vi', ui);
    await vi.getByRole('textbox', { name: 'Tiêu đề / Title' }).fill('Hang Thẩm Púa');
    await vi
      .getByRole('textbox', { name: 'Mô tả ngắn / Description' })
      .fill('Hang đá vôi ở phường Chiềng Cơi, gần trung tâm tỉnh.');
    await vi.getByRole('textbox', { name: /Page address/ }).fill('hang-tham-pua');
    await vi.getByRole('textbox', { name: /Last updated/ }).fill('2026-12-01');
    await shoot(page, dir, '03-new-page');

    // 4. The picture and the place, entered once for both languages.
    await vi.getByRole('checkbox', { name: /Cover image/ }).check();
    const cover = field(vi, 'Ảnh bìa / Cover image', ui);
    await field(cover, 'Tệp ảnh / Image file', ui)
      .locator('input[type=file]')
      .first()
      .setInputFiles(PHOTO);
    await cover.getByRole('textbox', { name: /Alt text/ }).fill('Cửa hang nhìn từ chân núi');
    const place = field(vi, 'Vị trí trên bản đồ / Place on the map', ui);
    await reveal(page, vi, place.getByRole('textbox', { name: /Where the point/ }));
    await place.getByRole('spinbutton', { name: /Latitude/ }).scrollIntoViewIfNeeded();
    await place.getByRole('spinbutton', { name: /Latitude/ }).fill('21.327');
    await place.getByRole('spinbutton', { name: /Longitude/ }).fill('103.914');
    await place.getByRole('radio', { name: /^commune/ }).check();
    await place.getByRole('textbox', { name: /Commune\/ward/ }).fill('Chiềng Cơi');
    await place
      .getByRole('textbox', { name: /Where the point/ })
      .fill('trung tâm phường Chiềng Cơi');
    await shoot(page, dir, '04-image-and-place');
    const sources = field(vi, 'Nguồn / Sources', ui);
    await reveal(page, vi, sources);
    await sources.getByRole('button', { name: ui.add('Nguồn / Sources') }).click();
    await sources
      .getByRole('textbox', { name: /Source title/ })
      .fill('Cổng thông tin điện tử tỉnh Sơn La');
    await sources.getByRole('textbox', { name: /^Đường dẫn/ }).fill('https://sonla.gov.vn/');
    await typeBody(page, vi, 'Hang nằm ở phường Chiềng Cơi.');

    // 5. Save too early: the form says what is missing in English, and saves nothing.
    await saveAndWait(page, before, ui);
    await shoot(page, dir, '05-errors');

    // 6. The translation beside the original: the right pane switched to English.
    const right = previewPane(page, 'vi', ui);
    await right.getByRole('radio', { name: ui.localeName('en') }).click();
    const en = editPane(page, 'en', ui);
    await en.getByRole('textbox', { name: 'Tiêu đề / Title' }).fill('Thẩm Púa cave');
    await en
      .getByRole('textbox', { name: 'Mô tả ngắn / Description' })
      .fill('A limestone cave in Chiềng Cơi ward, near the provincial centre.');
    await en.getByRole('textbox', { name: /Page address/ }).fill('tham-pua-cave');
    await shoot(page, dir, '06-translate');
    const enAlt = field(en, 'Ảnh bìa / Cover image', ui).getByRole('textbox', { name: /Alt text/ });
    await reveal(page, en, enAlt);
    await enAlt.fill('The cave mouth seen from the foot of the hill');
    const enPlace = field(en, 'Vị trí trên bản đồ / Place on the map', ui);
    await reveal(page, en, enPlace.getByRole('textbox', { name: /Where the point/ }));
    await enPlace
      .getByRole('textbox', { name: /Where the point/ })
      .fill('centre of Chiềng Cơi ward');
    const enSources = field(en, 'Nguồn / Sources', ui);
    await reveal(page, en, enSources.getByRole('textbox', { name: /Source title/ }));
    await enSources
      .getByRole('textbox', { name: /Source title/ })
      .fill('Sơn La provincial web portal');
    await typeBody(page, en, 'The cave is in Chiềng Cơi ward.');

    // 7. Saved: both files and the picture, in one folder.
    const saved = await saveAndWait(page, before, ui);
    if (!saved.saved) throw new Error(`not saved: ${saved.message}`);
    await shoot(page, dir, '07-saved');

    // 8. A page with components, shown as form blocks in the text.
    await page.goto(`${admin}#/collections/heritage/entries/lao-kho/index`);
    const pane = editPane(page, 'vi', ui);
    const factBox = pane.getByRole('group', { name: 'Hộp số liệu / Fact box' });
    await reveal(page, pane, factBox);
    await shoot(page, dir, '08-components');

    // 9. Adding a component: the Insert menu of the text editor.
    const body = pane.getByRole('textbox', { name: 'Nội dung / Body' });
    await reveal(page, pane, body);
    await body.click();
    await pane.getByRole('button', { name: ui.insert, exact: true }).first().click();
    await page.getByRole('menu').first().waitFor();
    await shoot(page, dir, '09-insert-component');
    await page.keyboard.press('Escape');

    // 10. The preview, with the site's own styles.
    const english = editPane(page, 'en', ui).or(previewPane(page, 'vi', ui));
    await english.getByRole('radio', { name: ui.preview }).click();
    await page.locator('iframe').first().waitFor();
    await shoot(page, dir, '10-preview');
    await editor.close();
  } finally {
    await browser.close();
  }
}

const server = await serveStatic(DIST);
try {
  for (const language of ['vi', 'en'] as const) await walkThrough(language, server.origin);
} finally {
  await server.close();
}
