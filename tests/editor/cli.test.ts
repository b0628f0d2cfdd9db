import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy } from '../support/fixture-site';

/**
 * The npm scripts as an editor runs them: arguments, output and exit code. What
 * they do is tested in-process beside their code (scaffold.test.ts,
 * i18n-status.test.ts, check.test.ts); here each command runs once.
 */
const ROOT = process.cwd();
let root: string;
beforeAll(() => {
  root = fixtureCopy('son-la-cli-');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts', script), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('npm scripts', () => {
  it('npm run new writes both files; content:check then fails on their placeholders', () => {
    const created = run('new.ts', '--root', root, '--section', 'visit', '--slug', 'ban-hang');
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain(
      '✓ content/visit/ban-hang/index.vi.mdx, content/visit/ban-hang/index.en.mdx',
    );
    const refused = run('new.ts', '--root', root, '--section', 'history', '--slug', 'x');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('EN: "history" is not a section');

    const check = run('content-check.ts', '--root', root, '--quiet');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('content/visit/ban-hang/index.vi.mdx — title');
    expect(check.stdout).toContain('still holds the placeholder');
  });

  it('npm run i18n:status prints JSON for tools and exits 0 without --strict', () => {
    const status = run('i18n-status.ts', '--root', root, '--json');
    expect(status.status, status.stderr).toBe(0);
    const json = JSON.parse(status.stdout) as { topics: { topic: string }[] };
    expect(json.topics.map((t) => t.topic)).toEqual(expect.arrayContaining(['lao-kho', 'about']));
  });
});
