import { describe, expect, it } from 'vitest';
import { localeOfPath, withoutBase } from '../../src/lib/routes/paths';
import { BASE_PATH } from '../../src/site.config';
import { builtPages, resolves } from '../support/dist';

/** Internal hrefs of a page (same origin, not data:/mailto:), as dist paths. */
function internalLinks(doc: ReturnType<typeof builtPages>[number]['doc']) {
  return doc
    .querySelectorAll('a[href]')
    .map((a) => a.getAttribute('href')!)
    .filter((href) => href.startsWith('/') && !href.startsWith('//'))
    .map((href) => withoutBase(href, BASE_PATH));
}

describe('internal links', () => {
  it('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const page of builtPages()) {
      for (const href of internalLinks(page.doc)) {
        if (!resolves(href)) broken.push(`${page.path} → ${href}`);
        const hash = href.split('#')[1];
        if (hash) {
          const target = builtPages().find((p) => p.path === href.split('#')[0]) ?? page;
          if (!target.doc.getElementById(decodeURIComponent(hash)))
            broken.push(`${page.path} → ${href} (no #${hash})`);
        }
      }
      for (const a of page.doc.querySelectorAll('a[href^="#"]')) {
        const id = a.getAttribute('href')!.slice(1);
        if (id && !page.doc.getElementById(decodeURIComponent(id)))
          broken.push(`${page.path} → #${id}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links stay in their language, except the language switch', () => {
    const crossing: string[] = [];
    for (const page of builtPages().filter((p) => localeOfPath(p.path))) {
      const lang = page.path.split('/')[1];
      for (const a of page.doc.querySelectorAll(
        'main a[href], nav.site-nav a[href], footer a[href]',
      )) {
        if (a.hasAttribute('hreflang')) continue; // deliberate links to the other language
        const href = withoutBase(a.getAttribute('href')!, BASE_PATH);
        const other = localeOfPath(href);
        if (other && other !== lang) crossing.push(`${page.path} → ${href}`);
      }
    }
    expect(crossing).toEqual([]);
  });

  it('opens no external link without noopener', () => {
    const unsafe: string[] = [];
    for (const page of builtPages()) {
      for (const a of page.doc.querySelectorAll('a[target="_blank"]')) {
        if (!/noopener/.test(a.getAttribute('rel') ?? ''))
          unsafe.push(`${page.path} → ${a.getAttribute('href')}`);
      }
    }
    expect(unsafe).toEqual([]);
  });
});

describe('external links in content', () => {
  it('carry rel="external noopener noreferrer"', () => {
    let seen = 0;
    const unsafe: string[] = [];
    for (const page of builtPages()) {
      for (const a of page.doc.querySelectorAll('main a[href^="http"]')) {
        seen += 1;
        const rel = a.getAttribute('rel') ?? '';
        if (!/noopener/.test(rel) || !/noreferrer/.test(rel))
          unsafe.push(`${page.path} → ${a.getAttribute('href')}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(unsafe).toEqual([]);
  });
});
