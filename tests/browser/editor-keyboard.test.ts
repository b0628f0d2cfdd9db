import type { Locator } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  editPane,
  openEditor,
  readRepo,
  repoFiles,
  saveAndWait,
  tabTo,
  arrowTo,
} from '../../scripts/lib/editor-harness.mjs';
import { parseFile } from '../../src/admin/browser/mdx-file';
import { browserSuite } from '../support/suite';

/**
 * The browser editor with the keyboard alone (WCAG 2.1.1): sign in, open a
 * section, create a page, fill it in in both languages and save, pressing only
 * Tab, arrows, Enter, Space and typing. Mouse clicks are not used after the page
 * opens; the harness only seeds the repository (scripts/lib/editor-harness.mjs).
 */
const suite = browserSuite();
const files = repoFiles(process.cwd());

let editor: Awaited<ReturnType<typeof openEditor>> | undefined;
afterEach(async () => {
  if (!editor) return;
  expect(editor.external).toEqual([]);
  await editor.close();
  editor = undefined;
});

describe('the browser editor with the keyboard alone', { timeout: 180_000 }, () => {
  it('signs in, creates a general page in both languages and saves it', async () => {
    editor = await openEditor(suite.browser, suite.server.origin, files, {
      signIn: false,
      viewport: { width: 1400, height: 3200 },
    });
    const { page } = editor;
    const before = await readRepo(page);
    const keys = (...presses: string[]) =>
      presses.reduce((done, key) => done.then(() => page.keyboard.press(key)), Promise.resolve());
    /** Tab to a field and type into it, as a keyboard user fills in a form. */
    const typeInto = async (field: Locator, text: string) => {
      await tabTo(page, field);
      await page.keyboard.type(text);
    };

    await tabTo(page, page.getByRole('button', { name: 'Work with Local Repository' }));
    await keys('Enter');
    const tree = page.getByRole('tree', { name: 'Collection list' });
    await tree.waitFor();

    // The section list is a tree: Tab into it, arrows to the section, Enter to open it.
    await tabTo(page, tree.getByRole('treeitem'));
    await arrowTo(page, tree.getByRole('treeitem', { name: /General pages/ }));
    await keys('Enter');
    await page.waitForURL(/#\/collections\/pages$/);
    // A new page: the "+" menu of the top bar lists the sections.
    await tabTo(page, page.getByRole('button', { name: 'Create Entry or Assets' }), { back: true });
    await keys('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    await arrowTo(page, menu.getByRole('menuitem', { name: /General pages/ }));
    await keys('Enter');
    await page.waitForURL(/#\/collections\/pages\/new$/);

    const vi = editPane(page, 'vi');
    await typeInto(vi.getByRole('textbox', { name: 'Tiêu đề / Title' }), 'Trang bàn phím');
    await typeInto(
      vi.getByRole('textbox', { name: 'Mô tả ngắn / Description' }),
      'Một trang tạo bằng bàn phím.',
    );
    await typeInto(vi.getByRole('textbox', { name: /Page address/ }), 'trang-ban-phim');
    // The date: the "Today" button beside the field, pressed with Enter.
    await tabTo(page, vi.getByRole('button', { name: 'Today' }).first());
    await keys('Enter');
    await tabTo(page, vi.getByRole('button', { name: /Add .*Sources/ }));
    await keys('Enter');
    await typeInto(vi.getByRole('textbox', { name: /Source title/ }), 'Văn phòng UBND tỉnh Sơn La');
    await typeInto(vi.getByRole('textbox', { name: /^Đường dẫn/ }), 'https://sonla.gov.vn/');
    await typeInto(
      vi.getByRole('textbox', { name: 'Nội dung / Body' }),
      'Nội dung gõ bằng bàn phím.',
    );

    // To English: back up to the pane's language switch; the arrow key chooses English.
    await tabTo(page, vi.getByRole('radio', { checked: true }), { back: true, limit: 120 });
    await keys('ArrowRight');
    const en = editPane(page, 'en');
    await en.waitFor();
    expect(await en.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await typeInto(en.getByRole('textbox', { name: 'Tiêu đề / Title' }), 'Keyboard page');
    await typeInto(
      en.getByRole('textbox', { name: 'Mô tả ngắn / Description' }),
      'A page made with the keyboard.',
    );
    await typeInto(en.getByRole('textbox', { name: /Page address/ }), 'keyboard-page');
    await typeInto(
      en.getByRole('textbox', { name: /Source title/ }),
      'Sơn La Provincial People’s Committee Office',
    );
    await typeInto(
      en.getByRole('textbox', { name: 'Nội dung / Body' }),
      'Text typed with the keyboard.',
    );

    // Save is Ctrl+S (the editor's own shortcut), still from the keyboard.
    const saved = await saveAndWait(page, before, undefined, () => keys('ControlOrMeta+s'));
    expect(saved.message).toContain('Entry saved.');
    expect(saved.changed).toEqual([
      'content/pages/trang-ban-phim/index.en.mdx',
      'content/pages/trang-ban-phim/index.vi.mdx',
    ]);
    const [vis, ens] = ['vi', 'en'].map(
      (l) =>
        parseFile(
          saved.after.get(`content/pages/trang-ban-phim/index.${l}.mdx`)!.toString('utf8'),
        ) as Record<string, unknown>,
    );
    expect([vis!.title, ens!.title]).toEqual(['Trang bàn phím', 'Keyboard page']);
    expect([vis!.slug, ens!.slug]).toEqual(['trang-ban-phim', 'keyboard-page']);
    expect(vis!.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ens!.updated).toBe(vis!.updated);
  });
});
