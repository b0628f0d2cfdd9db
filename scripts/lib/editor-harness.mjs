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
 * The editor's own words, from Sveltia's locale files, so the same steps drive
 * its English or its Vietnamese interface (tests use English; the screenshots
 * for the Vietnamese guide use Vietnamese).
 * @param {string} language one of Sveltia's interface languages, as its locale file is named
 *   (node_modules/@sveltia/cms/locales/): `en-US`, `vi`, …
 */
export function uiStrings(language = 'en-US') {
  const file = `${language}.json`;
  const url = new URL(`../../node_modules/@sveltia/cms/locales/${file}`, import.meta.url);
  /** @type {Record<string, string>} */
  const strings = JSON.parse(readFileSync(url, 'utf8'));
  /** @param {string} key */
  const get = (key) => {
    const text = strings[key];
    if (typeof text !== 'string') throw new Error(`Sveltia has no "${key}" string in ${file}`);
    return text;
  };
  /** The first wording of a plural message: `.match $count one {{Entry saved.}} …` → `Entry saved.` */
  const first = (/** @type {string} */ key) => /\{\{([^}]*)\}\}/.exec(get(key))?.[1] ?? get(key);
  const names = new Intl.DisplayNames([language], { type: 'language' });
  /** @param {string} template @param {Record<string, string>} values */
  const fill = (template, values) =>
    template.replace(/\{\$(\w+)\}/g, (_, name) => values[name] ?? '');
  return {
    language,
    workWithLocalRepo: get('work_with_local_repo'),
    collectionList: get('collection_list'),
    createNewEntry: get('create_new_entry'),
    save: get('save'),
    insert: get('insert'),
    preview: get('preview'),
    entrySaved: first('entry_saved'),
    /** Words that only the "N fields have errors" message has, in either wording. */
    errors: /field has an error|fields have errors|trường bị lỗi/,
    /** @param {string} code a language of the site */
    localeName: (code) => {
      const name = names.of(code) ?? code;
      return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
    },
    /** @param {string} locale */
    editContent: (locale) => fill(get('edit_x_locale'), { locale }),
    /** @param {string} locale */
    previewContent: (locale) => fill(get('preview_x_locale'), { locale }),
    /** @param {string} field */
    fieldGroup: (field) => fill(get('x_field'), { field }),
    /** The "Add …" button of a list, as a pattern (Sveltia isolates the name with U+2068/U+2069). @param {string} name */
    add: (name) => {
      const [before, after] = fill(get('add_x'), { name: '\u0000' }).split('\u0000');
      const literal = (/** @type {string} */ t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      return new RegExp(
        `^${literal(before ?? '')}\u2068?${literal(name)}\u2069?${literal(after ?? '')}$`,
      );
    },
  };
}
/** @typedef {ReturnType<typeof uiStrings>} UiStrings */
const ENGLISH = uiStrings('en-US');

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

/** @param {string} url */
const isLocal = (url) =>
  url.startsWith('http://127.0.0.1') || url.startsWith('data:') || url.startsWith('blob:');

/**
 * A fresh browser context with the editor open on a seeded repository, signed in
 * to "Work with Local Repository" and showing the first collection.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin e.g. http://127.0.0.1:4321
 * @param {Map<string, Buffer>} files
 * @param {{ ui?: UiStrings, viewport?: { width: number, height: number }, base?: string, signIn?: boolean }} [options]
 *   `signIn: false` stops at the sign-in page, for a test that signs in itself.
 */
export async function openEditor(browser, origin, files, options = {}) {
  const {
    ui = ENGLISH,
    viewport = { width: 1400, height: 1000 },
    base = '/',
    signIn = true,
  } = options;
  const context = await browser.newContext({ locale: ui.language, viewport });
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
  if (signIn) {
    await page.getByRole('button', { name: ui.workWithLocalRepo }).click();
    await page.getByRole('tree', { name: ui.collectionList }).waitFor();
  } else await page.getByRole('button', { name: ui.workWithLocalRepo }).waitFor();
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
async function seedRepo(page, files) {
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
function changedFiles(before, after) {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths]
    .filter((path) => {
      const a = before.get(path);
      const b = after.get(path);
      return !a || !b || !a.equals(b);
    })
    .sort();
}

// ---- the editor's form, by accessible names -----------------------------------------

/** Text as a literal part of a RegExp. */
const isolated = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The right-hand pane while it shows the preview ("Preview Vietnamese Content").
 * @param {import('playwright-core').Page} page
 * @param {string} code a language of the site
 * @param {UiStrings} [ui]
 */
export const previewPane = (page, code, ui = ENGLISH) => {
  const [before, after] = ui.previewContent('\u0000').split('\u0000').map(isolated);
  return page.getByRole('group', {
    name: new RegExp(`^${before}\u2068?${isolated(ui.localeName(code))}\u2069?${after}$`),
  });
};

/**
 * The left editing pane, in the language it shows ("Edit Vietnamese Content").
 * @param {import('playwright-core').Page} page
 * @param {string} code a language of the site
 * @param {UiStrings} [ui]
 */
export const editPane = (page, code, ui = ENGLISH) => {
  const [before, after] = ui.editContent('\u0000').split('\u0000').map(isolated);
  return page.getByRole('group', {
    name: new RegExp(`^${before}\u2068?${isolated(ui.localeName(code))}\u2069?${after}$`),
  });
};

/**
 * A field of the form by its whole label (`Nguồn / Sources`), not one whose label merely starts so.
 * @param {import('playwright-core').Locator} scope
 * @param {string} label
 * @param {UiStrings} [ui]
 */
export const field = (scope, label, ui = ENGLISH) => {
  const [before, after] = ui.fieldGroup('\u0000').split('\u0000').map(isolated);
  return scope
    .getByRole('group', { name: new RegExp(`^${before}\u2068?${isolated(label)}\u2069?${after}$`) })
    .first();
};

/**
 * Wait until `test([element, arg])` is true in the page, polled each frame: true
 * when it is, false once `timeout` ms have passed (0, the default: no limit of
 * its own, the test's timeout applies).
 * @template T
 * @param {import('playwright-core').Locator} locator
 * @param {(args: [Element, T]) => boolean} test
 * @param {T} [arg]
 * @param {number} [timeout]
 * @returns {Promise<boolean>}
 */
async function holds(locator, test, arg = /** @type {T} */ (null), timeout = 0) {
  const element = await locator.elementHandle();
  return locator
    .page()
    .waitForFunction(test, [element, arg], { timeout })
    .then(
      () => true,
      () => false,
    );
}

/**
 * Type into the rich-text body of a pane (after what is there).
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} pane
 * @param {string} text
 */
export async function typeBody(page, pane, text) {
  const body = pane.getByRole('textbox', { name: 'Nội dung / Body' });
  await reveal(page, pane, body);
  const start = (await body.textContent()) ?? '';
  // On a busy machine the rich-text field can take a moment to accept keys after
  // the click, and keys pressed before that are lost (an empty body is then one
  // more "required" error). So type, check that the text arrived, and type again
  // only if none of it did; a partial text is an error worth seeing.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await body.click();
    await holds(body, ([el]) => el.contains(document.activeElement), null, 5_000);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(text);
    const arrived = await holds(
      body,
      ([el, wanted]) => (el.textContent ?? '').includes(wanted),
      text,
      5_000,
    );
    if (arrived) return;
    const now = (await body.textContent()) ?? '';
    if (now !== start) {
      throw new Error(`The body field holds "${now}" after typing "${text}" into "${start}"`);
    }
  }
  throw new Error(`The body field took none of the keys of "${text}" in three tries`);
}

/**
 * Press Save and wait for the editor's answer ("Entry saved." or "N fields have errors");
 * returns it with the repository as it is then.
 * @param {import('playwright-core').Page} page
 * @param {Map<string, Buffer>} before
 * @param {UiStrings} [ui]
 * @param {() => Promise<unknown>} [save] how to save: by default, a click on the Save button
 * @returns {Promise<{ saved: boolean, message: string, after: Map<string, Buffer>, changed: string[] }>}
 */
export async function saveAndWait(page, before, ui = ENGLISH, save = undefined) {
  // The editor shows its answer in a toast that stays a few seconds. A save made
  // while the last one's toast is still shown only shows it again, which changes
  // nothing in the page, so wait until that toast has gone before saving.
  await page.waitForFunction(
    ({ saved, errors }) =>
      ![...document.querySelectorAll('[role="status"], [role="alert"]')].some((el) => {
        const text = el.textContent ?? '';
        return text.includes(saved) || new RegExp(errors).test(text);
      }),
    { saved: ui.entrySaved, errors: ui.errors.source },
    { timeout: 60_000 },
  );
  // Armed before the click: resolves when a toast says so (a new one, or an old one with new text).
  const handle = await page.evaluateHandle(
    ({ saved, errors }) => {
      const selector = '[role="status"], [role="alert"]';
      const old = new Map(
        [...document.querySelectorAll(selector)].map((el) => [el, el.textContent]),
      );
      const pattern = new RegExp(errors);
      // Wrapped, so that evaluateHandle returns at once instead of awaiting the promise.
      const answer = new Promise((resolve) => {
        const look = () => {
          for (const el of document.querySelectorAll(selector)) {
            const text = el.textContent ?? '';
            if (old.get(el) === text) continue;
            if (text.includes(saved) || pattern.test(text)) {
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
    },
    { saved: ui.entrySaved, errors: ui.errors.source },
  );
  await (save ? save() : page.getByRole('button', { name: ui.save, exact: true }).click());
  const message = String(await handle.evaluate((armed) => armed.answer));
  const after = await readRepo(page);
  return {
    saved: message.includes(ui.entrySaved),
    message,
    after,
    changed: changedFiles(before, after),
  };
}

/**
 * Scroll `pane` until `target` exists and is in view: the editor renders the
 * fields of a long form only as they come near the viewport.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} pane
 * @param {import('playwright-core').Locator} target
 */
export async function reveal(page, pane, target) {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    if ((await target.count()) > 0) {
      await target.first().scrollIntoViewIfNeeded();
      return target;
    }
    const box = await pane.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    // Wait for the field to appear (or give up on this step and scroll further).
    await target
      .first()
      .waitFor({ state: 'attached', timeout: 250 })
      .catch(() => undefined);
  }
  throw new Error(`Scrolled the form to its end without finding ${target}`);
}

/**
 * Press Tab (or Shift+Tab) until `target` has the keyboard focus, as a keyboard
 * user moves through the page; fails, naming the target, if it never does.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} target
 * @param {{ back?: boolean, limit?: number }} [options]
 */
export async function tabTo(page, target, { back = false, limit = 80 } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    const focused = await target
      .first()
      .evaluate(
        (el) => el === document.activeElement || el.contains(document.activeElement),
        undefined,
        { timeout: 2000 },
      )
      .catch(() => false);
    console.log(
      'TAB',
      presses,
      String(target).slice(0, 80),
      await page.evaluate(() => {
        const a = document.activeElement;
        return a
          ? `${a.tagName} ${a.getAttribute('role') ?? ''} ${a.getAttribute('aria-label') ?? ''} ${(a.textContent ?? '').slice(0, 30)}`
          : 'none';
      }),
    );
    if (focused) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${limit} presses of Tab never reached ${target}`);
}

/**
 * Press an arrow key until `target` has the focus, as in a tree or a menu.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} target
 * @param {{ key?: string, limit?: number }} [options]
 */
export async function arrowTo(page, target, { key = 'ArrowDown', limit = 20 } = {}) {
  await target.first().waitFor({ state: 'attached' });
  // A menu takes the focus a moment after it opens; arrows pressed before that are lost.
  await holds(target.first(), ([el]) =>
    (el.closest('[role="menu"], [role="tree"], [role="listbox"]') ?? el).contains(
      document.activeElement,
    ),
  );
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.first().evaluate((el) => el === document.activeElement)) return presses;
    await page.keyboard.press(key);
  }
  throw new Error(`${limit} presses of ${key} never reached ${target}`);
}
