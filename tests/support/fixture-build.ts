import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { copySite, removeCopy } from '../../scripts/lib/site-copy.mjs';
import { validExamples } from '../../src/components/mdx/examples';
import type { Locale } from '../../src/i18n/locales';
import { planTopic } from '../../src/lib/content/scaffold';

/**
 * One build of a copy of the site with what the real site must never contain,
 * shared by every test that needs it (instead of one temp build per test file):
 * - a page of every example of the MDX kit (src/components/mdx/<Name>/examples), for axe;
 * - a page of hostile text (fixtures/content/hostile), for the escaping tests;
 * - a page with only a video (fixtures/content/video), for the click-to-load test;
 * - a topic made by `npm run new` (planTopic) with its placeholders filled in;
 * built under the sub-path BASE, for the sub-path tests.
 *
 * The vitest globalSetup of the built and browser projects starts the build and
 * returns at once, so unit tests and tests of dist/ run meanwhile; a test that
 * needs the fixture awaits `fixtureSite()`.
 */

export const FIXTURE_BASE = '/quoc-te/';
const ROOT = process.cwd();
const EXTRAS = ['hostile', 'video'];

/** The new topic's folder and the text its placeholders are replaced with. */
export const NEW_TOPIC = { section: 'visit', topic: 'ban-hang', slugVi: 'ban-hang-moc-chau' };
export const NEW_TOPIC_TEXT = 'Bản Hằng, Mộc Châu.';

export interface FixtureSite {
  dir: string;
  dist: string;
  base: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: FixtureSite;
  }
}

function prepare(): FixtureSite {
  const dir = copySite(ROOT, { content: 'all', prefix: 'son-la-fixture-' });
  for (const extra of EXTRAS) {
    // A fixture folder holds sections (culture/, pages/) and, optionally, public/.
    const from = join(ROOT, 'tests/fixtures/content', extra);
    for (const entry of readdirSync(from)) {
      const to = entry === 'public' ? join(dir, 'public') : join(dir, 'content', entry);
      cpSync(join(from, entry), to, { recursive: true });
    }
  }
  writeKitPage(dir);
  const plan = planTopic({
    section: NEW_TOPIC.section,
    topic: NEW_TOPIC.topic,
    slugs: { vi: NEW_TOPIC.slugVi, en: NEW_TOPIC.topic },
    today: '2026-12-01',
    exists: (path) => existsSync(join(dir, path)),
  });
  if (!plan.ok) throw new Error(`fixture: npm run new refused: ${plan.message.en}`);
  for (const [path, text] of Object.entries(plan.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(
      join(dir, path),
      text
        .replace(/"(CẦN ĐIỀN|TODO): [^"]*"/g, '"Bản Hằng"')
        .replace(/(CẦN ĐIỀN|TODO): [^\n]*/g, NEW_TOPIC_TEXT),
    );
  }
  return { dir, dist: join(dir, 'dist'), base: FIXTURE_BASE };
}

/** The kit page: every valid example of every component, in both languages. */
function writeKitPage(dir: string): void {
  const examples = validExamples();
  const folder = join(dir, 'content/culture/component-kit');
  mkdirSync(folder, { recursive: true });
  for (const asset of new Set(examples.flatMap((e) => e.assets)))
    cpSync(asset, join(folder, basename(asset)));
  const body = examples.map((e) => `## ${e.folder}: ${e.name}\n\n${e.mdx}`).join('\n');
  for (const [locale, slug] of Object.entries(KIT_PAGE_SLUGS)) {
    writeFileSync(
      join(folder, `index.${locale}.mdx`),
      `---\ntitle: The component kit\ndescription: Every example of every component editors can use.\nslug: ${slug}\nupdated: 2026-12-01\nsources:\n  - title: The kit's examples\n---\n\n${body}`,
    );
  }
}

/** Where the kit page is, by language. */
export const KIT_PAGE_SLUGS: Record<Locale, string> = { vi: 'bo-cong-cu', en: 'component-kit' };

const STATUS = '.fixture-build.json';

/** Start `astro build` in the copy; its outcome is written to STATUS when it exits. */
function startBuild(site: FixtureSite): ChildProcess {
  const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: site.dir,
    env: {
      ...process.env,
      PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
      BASE_PATH: site.base,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.on('close', (code) => {
    // The copy is gone when the run ended before the build did (see the teardown below).
    if (existsSync(site.dir)) {
      writeFileSync(join(site.dir, STATUS), JSON.stringify({ code, output: output.slice(-4000) }));
    }
  });
  return child;
}

type Shared = { site: FixtureSite; build: ChildProcess; users: number };
const shared = globalThis as { __sonLaFixture?: Shared };

/** vitest globalSetup: one build for every project that lists this file. */
export default function setup(project: TestProject): () => Promise<void> {
  if (!shared.__sonLaFixture) {
    const site = prepare();
    shared.__sonLaFixture = { site, build: startBuild(site), users: 0 };
  }
  const state = shared.__sonLaFixture;
  state.users += 1;
  project.provide('fixtureSite', state.site);
  return async () => {
    state.users -= 1;
    if (state.users > 0) return;
    // A run of files that never asked for the fixture can end first: stop its build
    // rather than leave it writing into a deleted folder.
    if (state.build.exitCode === null && state.build.signalCode === null) {
      const exited = once(state.build, 'close');
      state.build.kill();
      await exited;
    }
    if (!process.env.KEEP_FIXTURE) removeCopy(state.site.dir);
  };
}

/** The fixture site once its build has finished; throws with the build's output if it failed. */
export async function fixtureSite(): Promise<FixtureSite> {
  const site = inject('fixtureSite');
  const status = join(site.dir, STATUS);
  // Wait on the condition (the status file), not on a fixed time: a busy machine builds slower.
  while (!existsSync(status)) await new Promise((resolve) => setTimeout(resolve, 250));
  const { code, output } = JSON.parse(readFileSync(status, 'utf8')) as {
    code: number;
    output: string;
  };
  if (code !== 0) throw new Error(`The fixture site did not build:\n${output}`);
  return site;
}
