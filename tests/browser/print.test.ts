import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SITE_URL } from '../../src/site.config';
import { browserSuite } from '../support/suite';

/**
 * Diplomats print briefs. A topic printed from Chromium (print-to-PDF, as the
 * print dialog does) carries the page's address and the print date in its
 * margins, shows no navigation, buttons, maps or decorative cover, writes
 * external source addresses out, and the profile fits two A4 pages.
 */
const suite = browserSuite();

/** The page's text, page by page, from the PDF itself. */
async function printToPdf(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

async function open(path: string): Promise<Page> {
  const page = await suite.browser.newPage();
  // A fixed clock: the print date in the margin is then known to the test.
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00+07:00'));
  await page.goto(`${suite.server.origin}${path}`, { waitUntil: 'load' });
  return page;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('printing a brief', () => {
  for (const [lang, path, printed, chrome] of [
    ['en', '/en/son-la-at-a-glance/', 'Printed 2 December 2026', 'Licences and data attributions'],
    ['vi', '/vi/son-la-tong-quan/', 'In ngày 2 tháng 12 năm 2026', 'Giấy phép và ghi công dữ liệu'],
  ] as const) {
    it(`prints the ${lang} profile on at most two A4 pages, with its address, date and sources`, async () => {
      const page = await open(path);
      const pages = await printToPdf(page);
      await page.close();
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.length).toBeLessThanOrEqual(2);
      const all = pages.join('\n');
      // Every printed page carries the address and the print date in its margins.
      for (const text of pages) {
        expect(squeeze(text)).toContain(squeeze(`${SITE_URL}${path}`));
        expect(text).toContain(printed);
      }
      // External addresses are written out: a link in the text and a source of the page.
      expect(squeeze(all)).toContain('https://sonla.gov.vn');
      expect(squeeze(all)).toContain(
        'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo',
      );
      // No site chrome: the footer (present on screen) is not printed.
      expect(all).not.toContain(chrome);
    });
  }

  it('hides navigation, buttons, maps and the decorative cover in print', async () => {
    const page = await open('/en/heritage/lao-kho-relic/');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (selector: string) =>
        [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility()).length;
      return {
        present: document.querySelectorAll('.topic__cover, .map, button, nav').length,
        cover: visible('.topic__cover'),
        map: visible('.map'),
        buttons: visible('button'),
        nav: visible('nav, .site-header, .site-footer, .breadcrumbs'),
        title: visible('h1'),
        url: getComputedStyle(document.documentElement).getPropertyValue('--print-url'),
      };
    });
    await page.close();
    // The page has all of these on screen, so hiding them is what is tested.
    expect(shown.present).toBeGreaterThan(3);
    expect(shown).toMatchObject({ cover: 0, map: 0, buttons: 0, nav: 0, title: 1 });
    expect(shown.url).toBe(JSON.stringify(`${SITE_URL}/en/heritage/lao-kho-relic/`));
  });
});
