import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempSite, type TempSite } from '../support/temp-site';

/**
 * The real `astro build` on a copy of the site with a broken page: it must stop
 * with the checker's message, before building anything. (The build that must
 * succeed with the MDX kit and a new topic is the shared fixture build,
 * checked in tests/built/fixture-site.test.ts.)
 */
let site: TempSite;

beforeAll(() => {
  site = tempSite();
});
afterAll(() => site?.remove());

describe('production build', () => {
  it('stops with the content check message when a page is broken', () => {
    const file = join(site.dir, 'content/pages/about/index.en.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^description: .*$/m, `description: ${'Too long.'.repeat(20)}`)
        .concat('\n<Gallary />\n'),
    );
    const result = site.build({ ASTRO_TELEMETRY_DISABLED: '1' });
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
    expect(existsSync(join(site.dir, 'dist/index.html'))).toBe(false);
  });
});
