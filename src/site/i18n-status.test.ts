import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { statusReport } from './i18n-status';
import { fixtureCopy } from '../../tests/support/fixture-site';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

// Commit dates decide "older in git": pin them instead of relying on the clock.
const git = (date: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
/** The report `npm run i18n:status` prints, in-process; throws when --strict would exit 1. */
const status = (...args: ('--json' | '--strict')[]) => {
  const { text, exitCode } = statusReport(root, {
    json: args.includes('--json'),
    strict: args.includes('--strict'),
  });
  if (exitCode !== 0) throw new Error(`exit code ${exitCode}`);
  return `${text}\n`;
};

function repo(): void {
  root = fixtureCopy('son-la-i18n-');
  git('2026-01-10T10:00:00Z', 'init', '-q');
  git('2026-01-10T10:00:00Z', 'add', '.');
  git('2026-01-10T10:00:00Z', 'commit', '-qm', 'base');
}

const commit = (message: string, date: string) => git(date, 'commit', '-qam', message);

describe('npm run i18n:status', { timeout: 60_000 }, () => {
  it('reports everything up to date on a fresh repository', () => {
    repo();
    expect(() => status('--strict')).not.toThrow();
    expect(status()).toMatchInlineSnapshot(`
      "heritage
        ✓ lao-kho  vi: updated 2026-01-10 (git 2026-01-10)  en: updated 2026-01-10 (git 2026-01-10)

      pages
        ✓ about  vi: updated 2026-01-10 (git 2026-01-10)  en: updated 2026-01-10 (git 2026-01-10)

      2 topics: 2 up to date, 0 with a stale translation, 0 missing a language. / 2 bài: 2 đã cập nhật, 0 có bản dịch cũ, 0 thiếu một ngôn ngữ.
      "
    `);
  });

  it('flags the translation when one side is edited, by date and by git history', () => {
    repo();
    const vi = join(root, 'content/heritage/lao-kho/index.vi.mdx');
    writeFileSync(
      vi,
      readFileSync(vi, 'utf8')
        .replace('updated: 2026-01-10', 'updated: 2026-03-01')
        .concat('\nMột đoạn mới.\n'),
    );
    commit('vi: new paragraph', '2026-03-01T09:00:00Z');
    const text = status();
    expect(text).toContain('✗ lao-kho');
    expect(text.split('\n').filter((line) => /stale|cũ hơn|✗/.test(line))).toMatchInlineSnapshot(`
      [
        "  ✗ lao-kho  vi: updated 2026-03-01 (git 2026-03-01)  en: updated 2026-01-10 (git 2026-01-10)",
        "      en is older than its source — "updated" is earlier, last changed earlier in git / bản en cũ hơn bản gốc — "updated" cũ hơn, sửa lần cuối trong git sớm hơn",
        "2 topics: 1 up to date, 1 with a stale translation, 0 missing a language. / 2 bài: 1 đã cập nhật, 1 có bản dịch cũ, 0 thiếu một ngôn ngữ.",
      ]
    `);

    // --strict turns the report into a failing check.
    expect(() => status('--strict')).toThrow(/exit code 1/);

    const json = JSON.parse(status('--json')) as {
      stale: number;
      topics: { topic: string; stale: Record<string, string[]> }[];
    };
    expect(json.stale).toBe(1);
    expect(json.topics.find((t) => t.topic === 'lao-kho')?.stale).toEqual({
      en: ['updated', 'git'],
    });
  });

  it('flags by git alone when the editor forgot to change "updated", and says when a file is not committed', () => {
    repo();
    const en = join(root, 'content/pages/about/index.en.mdx');
    writeFileSync(en, `${readFileSync(en, 'utf8')}\nA new paragraph.\n`);
    commit('en: edit', '2026-02-01T09:00:00Z');
    writeFileSync(
      join(root, 'content/heritage/lao-kho/index.en.mdx'),
      readFileSync(join(root, 'content/heritage/lao-kho/index.en.mdx'), 'utf8').concat(
        '\nUncommitted.\n',
      ),
    );
    const json = JSON.parse(status('--json')) as {
      topics: {
        topic: string;
        stale: Record<string, string[]>;
        languages: Record<string, { changedBy: string }>;
      }[];
    };
    const about = json.topics.find((t) => t.topic === 'about')!;
    expect(about.stale).toEqual({ vi: ['git'] });
    expect(json.topics.find((t) => t.topic === 'lao-kho')!.languages.en!.changedBy).toBe('mtime');
    expect(status()).toContain('uncommitted');
  });
});
