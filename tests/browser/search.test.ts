import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isolatedContext, launchChromium } from '../support/browser';
import { DIST } from '../support/dist';
import { axeViolations } from '../support/axe';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-site.mjs';
import type { Locale } from '../../src/i18n/locales';
import { BASE, resultHrefs, searchPageHref, topicHref, waitForResults } from './search-support';

/**
 * Queries people type, each with the page that must be among the first three
 * results. Kinds: accented, unaccented (tone and vowel marks left out), d for đ
 * (no Vietnamese keyboard), Telex "dd" for đ, English names.
 */
const QUERIES: { locale: Locale; query: string; kind: string; expect: string }[] = [
  { locale: 'vi', query: 'Đèo Pha Đin', kind: 'accented', expect: 'heritage/pha-din-pass' },
  { locale: 'vi', query: 'deo pha din', kind: 'd for đ', expect: 'heritage/pha-din-pass' },
  { locale: 'vi', query: 'pha din', kind: 'd for đ', expect: 'heritage/pha-din-pass' },
  { locale: 'vi', query: 'ddeo pha ddin', kind: 'Telex dd for đ', expect: 'heritage/pha-din-pass' },
  { locale: 'vi', query: 'Lao Khô', kind: 'accented', expect: 'heritage/lao-kho' },
  { locale: 'vi', query: 'di tich lao kho', kind: 'unaccented', expect: 'heritage/lao-kho' },
  { locale: 'vi', query: 'Mộc Châu', kind: 'accented', expect: 'visit/moc-chau' },
  { locale: 'vi', query: 'moc chau', kind: 'unaccented', expect: 'visit/moc-chau' },
  { locale: 'vi', query: 'hang chi day', kind: 'd for đ', expect: 'heritage/chi-day-cave' },
  {
    locale: 'vi',
    query: 'thuy dien son la',
    kind: 'unaccented',
    expect: 'heritage/son-la-dam-and-quynh-nhai',
  },
  { locale: 'vi', query: 'nha tu son la', kind: 'unaccented', expect: 'heritage/son-la-prison' },
  { locale: 'vi', query: 'xoe thai', kind: 'unaccented', expect: 'culture/xoe-dance' },
  { locale: 'vi', query: 'Xòe', kind: 'accented', expect: 'culture/xoe-dance' },
  { locale: 'en', query: 'Lao Kho relic', kind: 'English name', expect: 'heritage/lao-kho' },
  { locale: 'en', query: 'Moc Chau', kind: 'English name', expect: 'visit/moc-chau' },
  { locale: 'en', query: 'Mộc Châu plateau', kind: 'accented', expect: 'visit/moc-chau' },
  { locale: 'en', query: 'Pha Din pass', kind: 'd for đ', expect: 'heritage/pha-din-pass' },
  { locale: 'en', query: 'Dien Bien Phu', kind: 'd for đ', expect: 'heritage/pha-din-pass' },
  { locale: 'en', query: 'Chi Day cave', kind: 'd for đ', expect: 'heritage/chi-day-cave' },
  {
    locale: 'en',
    query: 'Son La dam',
    kind: 'English name',
    expect: 'heritage/son-la-dam-and-quynh-nhai',
  },
  { locale: 'en', query: 'Son La prison', kind: 'English name', expect: 'heritage/son-la-prison' },
  { locale: 'en', query: 'xoe dance', kind: 'unaccented', expect: 'culture/xoe-dance' },
];

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let external: string[];
const cspErrors: string[] = [];

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
  return page;
}

beforeAll(async () => {
  server = await serveStatic(DIST, { base: BASE });
  browser = await launchChromium();
  ({ context, external } = await isolatedContext(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * One search page per language for the relevance table: the first query comes
 * from the URL, the next ones are typed and submitted, as a reader refines a
 * search (no page load, no index load per query).
 */
const searchPages = new Map<Locale, Page>();
async function search(locale: Locale, query: string): Promise<Page> {
  let page = searchPages.get(locale);
  if (!page) {
    page = await newPage();
    searchPages.set(locale, page);
    await page.goto(`${server.origin}${searchPageHref(locale, query)}`);
  } else {
    // Set the text and submit, without an input event: its debounced search would run
    // the same query again while the results are read.
    await page.$eval(
      '[data-search-page] [data-search-input]',
      (input, q) => {
        (input as HTMLInputElement).value = q;
        (input as HTMLInputElement).form!.requestSubmit();
      },
      query,
    );
  }
  await waitForResults(page, 'page', query);
  return page;
}

describe('search finds what people mean, in their language', () => {
  it.each(QUERIES)(
    '$locale "$query" ($kind) → $expect in the top 3',
    async ({ locale, query, expect: topic }) => {
      const page = await search(locale, query);
      const hrefs = await resultHrefs(page, 'page');
      expect(hrefs.slice(0, 3), `top results for "${query}"`).toContain(topicHref(topic, locale));
      // Results never cross languages: every result is in the page's language.
      expect(
        hrefs.filter((href) => !href.startsWith(`${BASE.replace(/\/$/, '')}/${locale}/`)),
      ).toEqual([]);
    },
  );

  it("never returns the other language, even for the other language's words", async () => {
    const page = await newPage();
    for (const [locale, query] of [
      ['vi', 'Lao Kho relic'],
      ['en', 'Đèo Pha Đin và di tích'],
      ['vi', 'the plateau of Moc Chau'],
    ] as const) {
      await page.goto(`${server.origin}${searchPageHref(locale, query)}`);
      await waitForResults(page, 'page', query);
      const hrefs = await resultHrefs(page, 'page');
      expect(hrefs.length, `"${query}" on /${locale}/ finds something`).toBeGreaterThan(0);
      expect(
        hrefs.every((href) => href.startsWith(`${BASE.replace(/\/$/, '')}/${locale}/`)),
        hrefs.join(' '),
      ).toBe(true);
    }
    await page.close();
  });

  it("shows the page's real text in excerpts, never the folded query", async () => {
    const page = await newPage();
    await page.goto(`${server.origin}${searchPageHref('vi', 'deo pha din')}`);
    await waitForResults(page, 'page', 'deo pha din');
    const marks = await page.$$eval(
      '[data-search-page] [data-search-results] li:first-child mark',
      (els) => els.map((e) => e.textContent!.toLowerCase().replace(/[.,;:]/g, '')),
    );
    expect(marks).toContain('đin');
    expect(marks.some((m) => m === 'đèo')).toBe(true);
    const first = await page.textContent('[data-search-page] [data-search-results] li:first-child');
    expect(first).toContain('Đèo Pha Đin');
    await page.close();
  });
});

describe('the search page', () => {
  it('works from a shared URL: query and section restored, results shown, count announced', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}${searchPageHref('en', 'son la')}&section=Heritage`);
    await waitForResults(page, 'page', 'son la');
    expect(await page.inputValue('[data-search-page] [data-search-input]')).toBe('son la');
    expect(await page.isChecked('[data-search-page] input[type=checkbox][value="Heritage"]')).toBe(
      true,
    );
    const sections = await page.$$eval('[data-search-page] .search-result__section', (els) =>
      els.map((e) => e.textContent),
    );
    expect(sections.length).toBeGreaterThan(0);
    expect(new Set(sections)).toEqual(new Set(['Heritage']));
    const status = page.locator('[data-search-page] [data-search-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(
      new RegExp(`^${sections.length} results? for “son la”$`),
    );
    await page.close();
  });

  it('keeps the address in step with the search, so it can be shared', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}${searchPageHref('vi')}`);
    await page.fill('[data-search-page] [data-search-input]', 'lao kho');
    await waitForResults(page, 'page', 'lao kho');
    await page.check('[data-search-page] input[type=checkbox][value="Di tích"]');
    await page.waitForFunction(() => location.search.includes('section='));
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('lao kho');
    expect(url.searchParams.getAll('section')).toEqual(['Di tích']);
    expect(await page.textContent('[data-search-page] [data-search-status]')).toMatch(
      /kết quả cho “lao kho”/,
    );
    await page.close();
  });

  it("lists results as links under headings, with UI strings in the page's language", async () => {
    const page = await newPage();
    await page.goto(`${server.origin}${searchPageHref('vi', 'moc chau')}`);
    await waitForResults(page, 'page', 'moc chau');
    expect(
      await page.locator('[data-search-page] [data-search-results] > li > h2 > a').count(),
    ).toBeGreaterThan(1);
    expect(await page.textContent('[data-search-page] label[for="search-page-q"]')).toBe('Từ khóa');
    expect(await page.textContent('[data-search-page] legend')).toBe('Giới hạn theo chuyên mục');
    await page.close();
  });

  it('without JavaScript says so and offers the section indexes', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.origin}${searchPageHref('en', 'moc chau')}`);
    expect(await page.isVisible('noscript p')).toBe(true);
    expect(await page.textContent('noscript p')).toMatch(/^Search needs JavaScript/);
    expect(await page.isVisible('[data-search-page] [data-search-form]')).toBe(false);
    expect(await page.isVisible('nav.search-page__browse')).toBe(true);
    const links = await page.$$eval('nav.search-page__browse a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links).toContain(`${BASE.replace(/\/$/, '')}/en/heritage/`);
    await noJs.close();
  });
});

describe('the header search', () => {
  const topicPage = () => `${server.origin}${topicHref('heritage/lao-kho', 'en')}`;

  it('loads nothing for search until it is opened, and the trigger script stays small', async () => {
    const page = await newPage();
    const requests: string[] = [];
    const scripts = new Map<string, number>();
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.set(r.url(), (await r.body()).length);
    });
    await page.goto(topicPage(), { waitUntil: 'networkidle' });
    expect(
      requests.filter((u) => u.includes('/pagefind/') || /search-(ui|dialog)/.test(u)),
    ).toEqual([]);
    const trigger = [...scripts].find(([url]) => url.includes('SearchTrigger'));
    expect(trigger, 'the trigger script is loaded').toBeDefined();
    expect(trigger![1]).toBeLessThan(3 * 1024);
    await page.keyboard.press('/');
    await page.waitForSelector('[data-search-dialog][open]');
    await page.keyboard.type('moc chau');
    await waitForResults(page, 'dialog', 'moc chau');
    expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('opens with "/", finds across d/đ, closes with Escape and gives focus back to the trigger', async () => {
    const page = await newPage();
    await page.goto(topicPage());
    await page.keyboard.press('/');
    await page.waitForSelector('[data-search-dialog][open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-q');
    await page.keyboard.type('pha din');
    await waitForResults(page, 'dialog', 'pha din');
    expect((await resultHrefs(page, 'dialog')).slice(0, 3)).toContain(
      topicHref('heritage/pha-din-pass', 'en'),
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-search-dialog]:not([open])', { state: 'attached' });
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger')),
    ).toBe(true);
    await page.close();
  });

  it('opens with Ctrl+K and with a click, and Enter goes to the search page with the query', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}${topicHref('visit/moc-chau', 'vi')}`);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('[data-search-dialog][open]');
    await page.click('[data-search-close]');
    await page.waitForSelector('[data-search-dialog]:not([open])', { state: 'attached' });
    await page.click('[data-search-trigger]');
    await page.waitForSelector('[data-search-dialog][open]');
    expect(new URL(page.url()).pathname).toBe(topicHref('visit/moc-chau', 'vi'));
    await page.keyboard.type('lao kho');
    await waitForResults(page, 'dialog', 'lao kho');
    await Promise.all([page.waitForURL(/tim-kiem\/\?q=lao\+kho/), page.keyboard.press('Enter')]);
    await waitForResults(page, 'page', 'lao kho');
    expect((await resultHrefs(page, 'page')).slice(0, 3)).toContain(
      topicHref('heritage/lao-kho', 'vi'),
    );
    await page.close();
  });

  it('is a plain link to the search page without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(topicPage());
    await Promise.all([
      page.waitForURL(`**${searchPageHref('en')}`),
      page.click('[data-search-trigger]'),
    ]);
    await noJs.close();
  });
});

describe('accessibility of search with results (axe, WCAG 2.2 AA)', () => {
  it('has no violation on the search page or in the open dialog', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}${searchPageHref('vi', 'deo pha din')}`);
    await waitForResults(page, 'page', 'deo pha din');
    expect(await axeViolations(page, 'search page', 'main')).toEqual([]);
    await page.goto(`${server.origin}${topicHref('visit/moc-chau', 'en')}`);
    // Typed straight after the shortcut, while the search code may still be loading: nothing is lost.
    await page.keyboard.press('/');
    await page.keyboard.type('son la');
    await waitForResults(page, 'dialog', 'son la');
    expect(await axeViolations(page, 'search dialog', '[data-search-dialog]')).toEqual([]);
    await page.close();
  });
});

describe('search stays on this site and within the CSP', () => {
  it('made no third-party request and hit no CSP violation', () => {
    expect(external).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
