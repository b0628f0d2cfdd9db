import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempSite, type TempSite } from '../support/temp-site';

/**
 * The real `astro build`, twice, on a copy of this site: once with a broken
 * page (it must stop with the checker's message), once with the component kit
 * demo and a topic from `npm run new` whose placeholders were filled.
 * Two builds only: the machine has two cores.
 */
const ROOT = process.cwd();
let site: TempSite;
let copy: string;

beforeAll(() => {
  site = tempSite({ content: 'all' });
  copy = site.dir;
});
afterAll(() => site?.remove());

const build = () => site.build({ DIST_DIR: '', ASTRO_TELEMETRY_DISABLED: '1' });

describe('production build', { timeout: 240_000 }, () => {
  it('stops with the content check message when a page is broken', () => {
    const file = join(copy, 'content/pages/about/index.en.mdx');
    const original = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      original
        .replace(/^description: .*$/m, `description: ${'Too long.'.repeat(20)}`)
        .concat('\n<Gallary />\n'),
    );
    const result = build();
    writeFileSync(file, original);
    const { output } = result;
    expect(result.status).not.toBe(0);
    expect(output).toContain('content/pages/about/index.en.mdx — description');
    expect(output).toContain(
      'EN: "description" is 180 characters; at most 160 are allowed: shorten it to one sentence',
    );
    expect(output).toContain(
      'VI: "description" dài 180 ký tự; tối đa 160: hãy rút gọn thành một câu',
    );
    expect(output).toContain('EN: <Gallary> is not a component of this site');
    expect(existsSync(join(copy, 'dist/index.html'))).toBe(false);
  });

  it('builds the component kit and a filled-in new topic', () => {
    cpSync(join(ROOT, 'tests/fixtures/content/kit-demo/culture'), join(copy, 'content/culture'), {
      recursive: true,
    });
    cpSync(join(ROOT, 'tests/fixtures/content/kit-demo/public'), join(copy, 'public'), {
      recursive: true,
    });
    const created = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [
        join(ROOT, 'scripts/new.ts'),
        '--root',
        copy,
        '--section',
        'visit',
        '--slug',
        'ban-hang',
        '--slug-vi',
        'ban-hang-moc-chau',
      ],
      { encoding: 'utf8' },
    );
    expect(created.status).toBe(0);
    for (const locale of ['vi', 'en']) {
      const file = join(copy, `content/visit/ban-hang/index.${locale}.mdx`);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace(/"(CẦN ĐIỀN|TODO): [^"]*"/g, '"Bản Hằng"')
          .replace(/(CẦN ĐIỀN|TODO): [^\n]*/g, 'Bản Hằng, Mộc Châu.'),
      );
    }
    const result = build();
    expect(result.status, result.output).toBe(0);
    expect(
      readFileSync(join(copy, 'dist/vi/du-lich/ban-hang-moc-chau/index.html'), 'utf8'),
    ).toContain('Bản Hằng, Mộc Châu.');
    const kit = readFileSync(join(copy, 'dist/en/culture/component-kit/index.html'), 'utf8');
    expect(kit).toContain('data-video-embed');
    // Nothing from YouTube until the click: no iframe in the page as built.
    expect(kit).not.toContain('<iframe');
    expect(kit).toContain('(TXT, 32 B)');
  });
});
