import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { FIXTURE_BASE as BASE, fixtureSite, type FixtureSite } from '../support/fixture-build';
import { htmlPagesIn } from '../support/dist';

/**
 * Hosting under a sub-path of the provincial portal: in the fixture site, built
 * with BASE_PATH, every link and asset carries the prefix and resolves.
 */
let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
});

describe(`deployment under a sub-path (${BASE})`, () => {
  it('prefixes and resolves every internal link and asset', () => {
    const broken: string[] = [];
    const pages = htmlPagesIn(site.dist);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const file = join(site.dist, page.endsWith('/') ? `${page}index.html` : page);
      const doc = parse(readFileSync(file, 'utf8'));
      const refs = [
        ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
        ...doc.querySelectorAll('script[src], img[src]').map((s) => s.getAttribute('src')!),
      ].filter((ref) => ref.startsWith('/') && !ref.startsWith('//'));
      for (const ref of refs) {
        if (!ref.startsWith(BASE)) {
          broken.push(`${page}: ${ref} lacks ${BASE}`);
          continue;
        }
        const path = ref
          .slice(BASE.length - 1)
          .split('#')[0]!
          .split('?')[0]!;
        const target = join(site.dist, decodeURI(path));
        const ok =
          existsSync(target) &&
          (statSync(target).isFile() || existsSync(join(target, 'index.html')));
        if (!ok) broken.push(`${page}: ${ref} does not resolve`);
      }
    }
    expect(broken.slice(0, 30)).toEqual([]);
  });
});
