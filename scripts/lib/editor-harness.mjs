/**
 * Drives the real browser editor (dist/admin/, Sveltia CMS) offline, for the
 * browser tests and `npm run docs:screenshots`.
 *
 * Sveltia's "Work with Local Repository" mode asks for a folder with the File
 * System Access API; a headless browser cannot answer the native picker, so
 * `showDirectoryPicker` is answered with a real directory handle from the
 * page's origin-private file system (OPFS), seeded with a copy of the content
 * and an empty `.git/` (Sveltia checks for it). Everything Sveltia then saves
 * goes through its unmodified local-repository code into that folder, which
 * `readRepo` reads back. Every request that leaves 127.0.0.1 is aborted and
 * recorded, and so is every CSP violation.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder in OPFS that stands for the repository. */
const REPO = 'repo';

/**
 * Files of a repository copy, path → bytes: `content/` of `root` plus extra files.
 * @param {string} root
 * @param {Record<string, Buffer | string>} [extra] repository path → content
 * @returns {Map<string, Buffer>}
 */
export function repoFiles(root, extra = {}) {
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(root, full).split(sep).join('/'), readFileSync(full));
    }
  };
  walk(join(root, 'content'));
  for (const [path, content] of Object.entries(extra)) files.set(path, Buffer.from(content));
  return files;
}

/**
 * Topic folders copied from elsewhere (e.g. a fixture) into `content/<collection>/`.
 * @param {string} dir folder holding topic folders
 * @param {string} collection
 * @returns {Record<string, Buffer>}
 */
export function topicsFrom(dir, collection) {
  /** @type {Record<string, Buffer>} */
  const out = {};
  for (const topic of readdirSync(dir))
    for (const name of readdirSync(join(dir, topic)))
      out[`content/${collection}/${topic}/${name}`] = readFileSync(join(dir, topic, name));
  return out;
}

/** @param {string} url */
const isLocal = (url) =>
  url.startsWith('http://127.0.0.1') || url.startsWith('data:') || url.startsWith('blob:');

/**
 * A fresh browser context with the editor open on a seeded repository, signed in
 * to "Work with Local Repository" and showing the first collection.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin e.g. http://127.0.0.1:4321
 * @param {Map<string, Buffer>} files
 * @param {{ locale?: string, viewport?: { width: number, height: number }, base?: string }} [options]
 */
export async function openEditor(browser, origin, files, options = {}) {
  const { locale = 'en-US', viewport = { width: 1400, height: 1000 }, base = '/' } = options;
  const context = await browser.newContext({ locale, viewport });
  /** @type {string[]} */
  const external = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort('internetdisconnected');
  });
  await context.addInitScript(() => {
    // The folder picker answers with the OPFS folder that stands for the repository.
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true }),
    });
    /** @type {string[]} */
    const violations = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const admin = `${origin}${base}admin/`;
  // Same origin as the editor, so the seeded OPFS is the one the editor sees.
  await page.goto(`${admin}site.json`);
  await seedRepo(page, files);
  await page.goto(admin);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByRole('tree', { name: 'Collection List' }).waitFor();
  return {
    context,
    page,
    external,
    /** CSP violations seen by the editor page so far. */
    violations: () => page.evaluate(() => /** @type {any} */ (window).__cspViolations.slice()),
    close: () => context.close(),
  };
}

/**
 * Replace the OPFS repository with `files` (and an empty .git/).
 * @param {import('playwright-core').Page} page
 * @param {Map<string, Buffer>} files
 */
export async function seedRepo(page, files) {
  const payload = [...files].map(([path, bytes]) => [path, bytes.toString('base64')]);
  await page.evaluate(
    async ({ payload, repoName }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(repoName, { recursive: true }).catch(() => {});
      const repo = await root.getDirectoryHandle(repoName, { create: true });
      await repo.getDirectoryHandle('.git', { create: true });
      /** @type {Map<string, Promise<FileSystemDirectoryHandle>>} */
      const dirs = new Map([['', Promise.resolve(repo)]]);
      /** @param {string} path @returns {Promise<FileSystemDirectoryHandle>} */
      const dirFor = (path) => {
        let dir = dirs.get(path);
        if (!dir) {
          const cut = path.lastIndexOf('/');
          dir = dirFor(cut < 0 ? '' : path.slice(0, cut)).then((parent) =>
            parent.getDirectoryHandle(path.slice(cut + 1), { create: true }),
          );
          dirs.set(path, dir);
        }
        return dir;
      };
      // All files at once: OPFS writes are slow one by one.
      await Promise.all(
        payload.map(async ([path, base64]) => {
          const cut = path.lastIndexOf('/');
          const dir = await dirFor(cut < 0 ? '' : path.slice(0, cut));
          const handle = await dir.getFileHandle(path.slice(cut + 1), { create: true });
          const writable = await handle.createWritable();
          await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
          await writable.close();
        }),
      );
    },
    { payload, repoName: REPO },
  );
}

/**
 * Every file of the OPFS repository (`.git/` left out), path → bytes.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Map<string, Buffer>>}
 */
export async function readRepo(page) {
  const entries = await page.evaluate(async (repoName) => {
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle(repoName);
    /** @type {[string, string][]} */
    const out = [];
    /** @param {FileSystemDirectoryHandle} dir @param {string} prefix */
    const walk = async (dir, prefix) => {
      // @ts-ignore: entries() is in Chromium's FileSystemDirectoryHandle
      for await (const [name, handle] of dir.entries()) {
        if (!prefix && name === '.git') continue;
        if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000)
            binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          out.push([`${prefix}${name}`, btoa(binary)]);
        }
      }
    };
    await walk(repo, '');
    return out;
  }, REPO);
  return new Map(entries.map(([path, base64]) => [path, Buffer.from(base64, 'base64')]));
}

/**
 * Paths whose bytes differ between two repository states (added, changed or removed).
 * @param {Map<string, Buffer>} before
 * @param {Map<string, Buffer>} after
 */
export function changedFiles(before, after) {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths]
    .filter((path) => {
      const a = before.get(path);
      const b = after.get(path);
      return !a || !b || !a.equals(b);
    })
    .sort();
}

// ---- the editor's form, by accessible names (Sveltia's UI in English) -------------------

/**
 * The left editing pane, in the language it shows: `Edit Vietnamese Content`.
 * @param {import('playwright-core').Page} page
 * @param {'Vietnamese' | 'English'} language
 */
export const editPane = (page, language) =>
  page.getByRole('group', { name: new RegExp(`^Edit \\u2068?${language}\\u2069? Content$`) });

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A field of the form by its whole label (`Nguồn / Sources`), not a field whose label merely starts so.
 * @param {import('playwright-core').Locator} scope
 * @param {string} label
 */
export const field = (scope, label) =>
  scope
    .getByRole('group', { name: new RegExp(`^“\\u2068?${escapeRegExp(label)}\\u2069?” Field$`) })
    .first();

/**
 * Type into the rich-text body of a pane (after what is there).
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} pane
 * @param {string} text
 */
export async function typeBody(page, pane, text) {
  const body = pane.getByRole('textbox', { name: 'Nội dung / Body' });
  await body.scrollIntoViewIfNeeded();
  await body.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

/**
 * Press Save and wait for the editor's answer ("Entry saved." or "N fields have errors");
 * returns it with the repository as it is then.
 * @param {import('playwright-core').Page} page
 * @param {Map<string, Buffer>} before
 * @returns {Promise<{ saved: boolean, message: string, after: Map<string, Buffer>, changed: string[] }>}
 */
export async function saveAndWait(page, before) {
  // Armed before the click: resolves when a toast says so (a new one, or an old one with new text).
  const handle = await page.evaluateHandle(() => {
    const selector = '[role="status"], [role="alert"]';
    const old = new Map([...document.querySelectorAll(selector)].map((el) => [el, el.textContent]));
    // Wrapped, so that evaluateHandle returns at once instead of awaiting the promise.
    const answer = new Promise((resolve) => {
      const look = () => {
        for (const el of document.querySelectorAll(selector)) {
          const text = el.textContent ?? '';
          if (old.get(el) === text) continue;
          if (/Entry saved\.|field has an error|fields have errors/.test(text)) {
            observer.disconnect();
            resolve(text);
          }
        }
      };
      const observer = new MutationObserver(look);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => resolve('no answer from the editor within 90 s'), 90_000);
    });
    return { answer };
  });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const message = String(await handle.evaluate((armed) => armed.answer));
  const after = await readRepo(page);
  return {
    saved: message.includes('Entry saved.'),
    message,
    after,
    changed: changedFiles(before, after),
  };
}
